<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Kiosk</name>
    <message>
        <source>No vote is open right now.</source>
        <translation>No vote is open right now.</translation>
    </message>
    <message>
        <source>Erase the last character</source>
        <translation>Erase the last character</translation>
    </message>
    <message>
        <source>Continue with this code</source>
        <translation>Continue with this code</translation>
    </message>
    <message>
        <source>Vote here</source>
        <translation>Vote here</translation>
    </message>
    <message>
        <source>Show your badge to the camera, or type the code printed on it.</source>
        <translation>Show your badge to the camera, or type the code printed on it.</translation>
    </message>
    <message>
        <source>The code printed on your badge</source>
        <translation>The code printed on your badge</translation>
    </message>
    <message>
        <source>Your dots could not be saved. Please press confirm again, or ask the facilitator.</source>
        <translation>Your dots could not be saved. Please press confirm again, or ask the facilitator.</translation>
    </message>
    <message>
        <source>Thank you! Your dots are recorded.</source>
        <translation>Thank you! Your dots are recorded.</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Next person</translation>
    </message>
    <message>
        <source>Remove a dot</source>
        <translation>Remove a dot</translation>
    </message>
    <message>
        <source>Add a dot</source>
        <translation>Add a dot</translation>
    </message>
    <message>
        <source>This vote is secret: your dots are counted, never shown with your name.</source>
        <translation>This vote is secret: your dots are counted, never shown with your name.</translation>
    </message>
    <message>
        <source>You have already voted. You can change your dots until the vote closes.</source>
        <translation>You have already voted. You can change your dots until the vote closes.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Confirm my dots</source>
        <translation>Confirm my dots</translation>
    </message>
    <message>
        <source>Dots left: {left} of {budget}</source>
        <translation>Dots left: {left} of {budget}</translation>
    </message>
</context>
<context>
    <name>PaperDots</name>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Count the paper dot stickers on each item, per group, and type the counts before closing the round. Each count is recorded as soon as it is typed.</source>
        <translation>Count the paper dot stickers on each item, per group, and type the counts before closing the round. Each count is recorded as soon as it is typed.</translation>
    </message>
    <message>
        <source>Paper dots per item and group</source>
        <translation>Paper dots per item and group</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Page {page} of {count}</translation>
    </message>
</context>
<context>
    <name>ResultsChart</name>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Screen (badge)</source>
        <translation>Screen (badge)</translation>
    </message>
    <message>
        <source>Paper dots</source>
        <translation>Paper dots</translation>
    </message>
    <message>
        <source>Entered at the desk</source>
        <translation>Entered at the desk</translation>
    </message>
    <message>
        <source>Results chart</source>
        <translation>Results chart</translation>
    </message>
    <message>
        <source>{rank} (tie)</source>
        <translation>{rank} (tie)</translation>
    </message>
</context>
<context>
    <name>RoundForm</name>
    <message>
        <source>Which ideas should we take forward?</source>
        <translation>Which ideas should we take forward?</translation>
    </message>
    <message>
        <source>Ideas (sticky notes)</source>
        <translation>Ideas (sticky notes)</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Items in the vote</source>
        <translation>Items in the vote</translation>
    </message>
    <message>
        <source>Secret vote: who voted is kept apart from what was voted</source>
        <translation>Secret vote: who voted is kept apart from what was voted</translation>
    </message>
    <message>
        <source>Show the counts on the projector while people vote</source>
        <translation>Show the counts on the projector while people vote</translation>
    </message>
    <message>
        <source>No timer</source>
        <translation>No timer</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Create the round</source>
        <translation>Create the round</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Vote on</source>
        <translation>Vote on</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Dots per person</source>
        <translation>Dots per person</translation>
    </message>
    <message>
        <source>At most per item</source>
        <translation>At most per item</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
</context>
<context>
    <name>VoteProjector</name>
    <message>
        <source>No vote right now</source>
        <translation>No vote right now</translation>
    </message>
    <message>
        <source>{voted} of {eligible} have voted</source>
        <translation>{voted} of {eligible} have voted</translation>
    </message>
    <message>
        <source>Voting is open</source>
        <translation>Voting is open</translation>
    </message>
    <message>
        <source>The counts stay hidden until the vote closes and the results are shown.</source>
        <translation>The counts stay hidden until the vote closes and the results are shown.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Items with the same number of dots share a rank.</source>
        <translation>Items with the same number of dots share a rank.</translation>
    </message>
    <message>
        <source>Voting is closed</source>
        <translation>Voting is closed</translation>
    </message>
    <message>
        <source>The results will be shown in a moment.</source>
        <translation>The results will be shown in a moment.</translation>
    </message>
</context>
<context>
    <name>VoterMessages</name>
    <message>
        <source>This is not a Roundtable badge.</source>
        <translation>This is not a Roundtable badge.</translation>
    </message>
    <message>
        <source>This badge belongs to another session.</source>
        <translation>This badge belongs to another session.</translation>
    </message>
    <message>
        <source>This badge is not valid. Please see the welcome desk.</source>
        <translation>This badge is not valid. Please see the welcome desk.</translation>
    </message>
    <message>
        <source>No one here has the code {typed}. Check the code on your badge.</source>
        <translation>No one here has the code {typed}. Check the code on your badge.</translation>
    </message>
    <message>
        <source>This badge no longer works. Please see the welcome desk.</source>
        <translation>This badge no longer works. Please see the welcome desk.</translation>
    </message>
    <message>
        <source>Facilitators and observers do not vote.</source>
        <translation>Facilitators and observers do not vote.</translation>
    </message>
    <message>
        <source>Voting is not open right now.</source>
        <translation>Voting is not open right now.</translation>
    </message>
    <message>
        <source>You have no dots left ({budget} per person).</source>
        <translation>You have no dots left ({budget} per person).</translation>
    </message>
    <message>
        <source>Dots on one item: at most {cap}.</source>
        <translation>Dots on one item: at most {cap}.</translation>
    </message>
    <message>
        <source>This secret vote was interrupted when the program restarted, so it cannot take new dots. Please tell the facilitator.</source>
        <translation>This secret vote was interrupted when the program restarted, so it cannot take new dots. Please tell the facilitator.</translation>
    </message>
    <message>
        <source>This did not work. Please ask the facilitator.</source>
        <translation>This did not work. Please ask the facilitator.</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <source>Not open yet</source>
        <translation>Not open yet</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Results shown</source>
        <translation>Results shown</translation>
    </message>
    <message>
        <source>Close the vote?</source>
        <translation>Close the vote?</translation>
    </message>
    <message>
        <source>Once closed, no dot counts any more and the round cannot be opened again.</source>
        <translation>Once closed, no dot counts any more and the round cannot be opened again.</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Dot voting</translation>
    </message>
    <message>
        <source>Vote rounds</source>
        <translation>Vote rounds</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Show results</source>
        <translation>Show results</translation>
    </message>
    <message>
        <source>Top </source>
        <translation>Top </translation>
    </message>
    <message>
        <source>How many items go to the run-off</source>
        <translation>How many items go to the run-off</translation>
    </message>
    <message>
        <source>Run-off</source>
        <translation>Run-off</translation>
    </message>
    <message>
        <source>Kiosk screen</source>
        <translation>Kiosk screen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Paper dots</source>
        <translation>Paper dots</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>New round</translation>
    </message>
    <message>
        <source>Vote here with your badge</source>
        <translation>Vote here with your badge</translation>
    </message>
    <message>
        <source>No round yet: set one up under “New round”.</source>
        <translation>No round yet: set one up under “New round”.</translation>
    </message>
    <message>
        <source>secret</source>
        <translation>secret</translation>
    </message>
    <message>
        <source>open ballot</source>
        <translation>open ballot</translation>
    </message>
    <message>
        <source>{voted} of {eligible} have voted</source>
        <translation>{voted} of {eligible} have voted</translation>
    </message>
    <message>
        <source>Time is up: close the vote when the room is ready.</source>
        <translation>Time is up: close the vote when the room is ready.</translation>
    </message>
</context>
<context>
    <name>VotingResults</name>
    <message>
        <source>Not shown by group, to protect small groups (fewer than 5 people or the one that would give them away): {groups}</source>
        <translation>Not shown by group, to protect small groups (fewer than 5 people or the one that would give them away): {groups}</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Dots</translation>
    </message>
    <message>
        <source>Results by channel and group</source>
        <translation>Results by channel and group</translation>
    </message>
    <message>
        <source>No round yet.</source>
        <translation>No round yet.</translation>
    </message>
    <message>
        <source>The counts stay hidden while the vote is open. Close the round to see them; reveal it to show the room.</source>
        <translation>The counts stay hidden while the vote is open. Close the round to see them; reveal it to show the room.</translation>
    </message>
</context>
</TS>
