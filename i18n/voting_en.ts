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
        <source>The earlier dots are kept.</source>
        <translation>The earlier dots are kept.</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Next person</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in a minute.</source>
        <translation>Too many wrong PINs. Try again in a minute.</translation>
    </message>
    <message>
        <source>This is not the kiosk&apos;s PIN.</source>
        <translation>This is not the kiosk&apos;s PIN.</translation>
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
        <source>Add a dot to: {idea}</source>
        <translation>Add a dot to: {idea}</translation>
    </message>
    <message>
        <source>Take a dot back from: {idea}</source>
        <translation>Take a dot back from: {idea}</translation>
    </message>
    <message>
        <source>Dots on this idea: {count} of {cap}</source>
        <translation>Dots on this idea: {count} of {cap}</translation>
    </message>
    <message>
        <source>This vote is secret: your dots are counted, never shown with your name.</source>
        <translation>This vote is secret: your dots are counted, never shown with your name.</translation>
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
    <message>
        <source>This badge has already voted. Voting again replaces the earlier dots. Continue?</source>
        <translation>This badge has already voted. Voting again replaces the earlier dots. Continue?</translation>
    </message>
    <message>
        <source>Yes, replace the earlier dots</source>
        <translation>Yes, replace the earlier dots</translation>
    </message>
    <message>
        <source>No, keep the earlier dots</source>
        <translation>No, keep the earlier dots</translation>
    </message>
    <message>
        <source>Facilitator: type the kiosk&apos;s PIN to leave it.</source>
        <translation>Facilitator: type the kiosk&apos;s PIN to leave it.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s PIN</source>
        <translation>The kiosk&apos;s PIN</translation>
    </message>
    <message>
        <source>Leave the kiosk</source>
        <translation>Leave the kiosk</translation>
    </message>
    <message>
        <source>Back to voting</source>
        <translation>Back to voting</translation>
    </message>
</context>
<context>
    <name>KioskSetup</name>
    <message>
        <source>{name} ({width}×{height})</source>
        <translation>{name} ({width}×{height})</translation>
    </message>
    <message>
        <source>{screen}: this laptop&apos;s screen</source>
        <translation>{screen}: this laptop&apos;s screen</translation>
    </message>
    <message>
        <source>Open the kiosk</source>
        <translation>Open the kiosk</translation>
    </message>
    <message>
        <source>The kiosk fills its screen and shows no roster and no desk controls. Choose a PIN: leaving the kiosk (Esc or closing it) asks for it.</source>
        <translation>The kiosk fills its screen and shows no roster and no desk controls. Choose a PIN: leaving the kiosk (Esc or closing it) asks for it.</translation>
    </message>
    <message>
        <source>PIN to leave the kiosk</source>
        <translation>PIN to leave the kiosk</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>The same PIN again</translation>
    </message>
    <message>
        <source>Screen for the kiosk</source>
        <translation>Screen for the kiosk</translation>
    </message>
    <message>
        <source>The PIN is {count} digits or more.</source>
        <translation>The PIN is {count} digits or more.</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>The two PINs are not the same.</translation>
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
    <name>Removal</name>
    <message>
        <source>Remove a participant</source>
        <translation>Remove a participant</translation>
    </message>
    <message>
        <source>{name} has voted in the open round:</source>
        <translation>{name} has voted in the open round:</translation>
    </message>
    <message>
        <source>Keep their dots, or withdraw them?</source>
        <translation>Keep their dots, or withdraw them?</translation>
    </message>
    <message>
        <source>Remove and withdraw their dots</source>
        <translation>Remove and withdraw their dots</translation>
    </message>
    <message>
        <source>Remove and keep their dots</source>
        <translation>Remove and keep their dots</translation>
    </message>
    <message>
        <source>This open round is secret:</source>
        <translation>This open round is secret:</translation>
    </message>
    <message>
        <source>Nothing links a person to their dots, so if {name} voted, their dots stay counted.</source>
        <translation>Nothing links a person to their dots, so if {name} voted, their dots stay counted.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
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
    <name>Roster</name>
    <message>
        <source>Remove {name} from the session? Their phone stops working for this session.</source>
        <translation>Remove {name} from the session? Their phone stops working for this session.</translation>
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
        <source>You are not checked in. Please go to the welcome desk first, then come back to vote.</source>
        <translation>You are not checked in. Please go to the welcome desk first, then come back to vote.</translation>
    </message>
    <message>
        <source>This did not work. Please ask the facilitator.</source>
        <translation>This did not work. Please ask the facilitator.</translation>
    </message>
</context>
<context>
    <name>VotingCounts</name>
    <message numerus="yes">
        <source>%n ballot(s) replaced at the kiosk</source>
        <translation>
            <numerusform>%n ballot replaced at the kiosk</numerusform>
            <numerusform>%n ballots replaced at the kiosk</numerusform>
        </translation>
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
        <source>Open</source>
        <comment>round status</comment>
        <translation>Open</translation>
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
        <source>A secret round was interrupted</source>
        <translation>A secret round was interrupted</translation>
    </message>
    <message>
        <source>The Dot voting tab offers both recoveries.</source>
        <translation>The Dot voting tab offers both recoveries.</translation>
    </message>
    <message>
        <source>Run-off: {title}</source>
        <translation>Run-off: {title}</translation>
    </message>
    <message>
        <source>the kiosk</source>
        <translation>the kiosk</translation>
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
    <message>
        <source>This secret round was interrupted:</source>
        <translation>This secret round was interrupted:</translation>
    </message>
    <message>
        <source>Roundtable restarted while it was open, so it cannot tell who has voted and takes no further ballot. Ballots kept: {voted}. Close it with the dots cast, or discard them and restart the same round.</source>
        <translation>Roundtable restarted while it was open, so it cannot tell who has voted and takes no further ballot. Ballots kept: {voted}. Close it with the dots cast, or discard them and restart the same round.</translation>
    </message>
    <message>
        <source>This secret round was interrupted by a restart: it takes no further ballot. Ballots kept: {voted}.</source>
        <translation>This secret round was interrupted by a restart: it takes no further ballot. Ballots kept: {voted}.</translation>
    </message>
    <message>
        <source>Close it with the dots cast</source>
        <translation>Close it with the dots cast</translation>
    </message>
    <message>
        <source>Discard and restart it</source>
        <translation>Discard and restart it</translation>
    </message>
    <message>
        <source>Interrupted secret round</source>
        <translation>Interrupted secret round</translation>
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
    <message>
        <source>Ideas that bridge the groups: not computed, a group had fewer than 5 voters.</source>
        <translation>Ideas that bridge the groups: not computed, a group had fewer than 5 voters.</translation>
    </message>
    <message>
        <source>Ideas that bridge the groups: none holds {share} % of both groups&apos; dots.</source>
        <translation>Ideas that bridge the groups: none holds {share} % of both groups&apos; dots.</translation>
    </message>
    <message>
        <source>Ideas that bridge the groups (at least {share} % of both groups&apos; dots): {ideas}</source>
        <translation>Ideas that bridge the groups (at least {share} % of both groups&apos; dots): {ideas}</translation>
    </message>
</context>
</TS>
