<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Accessibility</name>
    <message>
        <source>More tools</source>
        <translation>More tools</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>ActionPlanning</name>
    <message>
        <source>{name} is set</source>
        <translation>{name} is set</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Kind of action</source>
        <translation>Kind of action</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Owner role</source>
        <translation>Owner role</translation>
    </message>
    <message>
        <source>A role, not a person: e.g. the city&apos;s welcome desk</source>
        <translation>A role, not a person: e.g. the city&apos;s welcome desk</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Review date</translation>
    </message>
    <message>
        <source>Evaluation criteria</source>
        <translation>Evaluation criteria</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>How measured</source>
        <translation>How measured</translation>
    </message>
    <message>
        <source>Add criterion</source>
        <translation>Add criterion</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Remove criterion</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>review {date}</source>
        <translation>review {date}</translation>
    </message>
    <message>
        <source>{indicator}: {target} ({how})</source>
        <translation>{indicator}: {target} ({how})</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Action planning</source>
        <translation>Action planning</translation>
    </message>
    <message>
        <source>Decisions and micro-experiments</source>
        <translation>Decisions and micro-experiments</translation>
    </message>
    <message>
        <source>New decision…</source>
        <translation>New decision…</translation>
    </message>
    <message>
        <source>New micro-experiment…</source>
        <translation>New micro-experiment…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove &quot;{title}&quot; from the actions?</source>
        <translation>Remove &quot;{title}&quot; from the actions?</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Planned minutes</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Kind of phase</source>
        <translation>Kind of phase</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Phases of the agenda</source>
        <translation>Phases of the agenda</translation>
    </message>
    <message>
        <source>Kind of phase to add</source>
        <translation>Kind of phase to add</translation>
    </message>
    <message>
        <source>Planned total</source>
        <translation>Planned total</translation>
    </message>
    <message>
        <source>Add phase</source>
        <translation>Add phase</translation>
    </message>
    <message>
        <source>Remove phase</source>
        <translation>Remove phase</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Start this phase</source>
        <translation>Start this phase</translation>
    </message>
    <message>
        <source>Planned: {hours} h {minutes:02d}</source>
        <translation>Planned: {hours} h {minutes:02d}</translation>
    </message>
    <message>
        <source>Remove the phase &quot;{name}&quot; from the agenda?</source>
        <translation>Remove the phase &quot;{name}&quot; from the agenda?</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>Note {0}</source>
        <translation>Note {0}</translation>
    </message>
    <message>
        <source>Dots of participant {2} on item {1}, round {0}</source>
        <translation>Dots of participant {2} on item {1}, round {0}</translation>
    </message>
    <message>
        <source>Paper dots of group {2} on item {1}, round {0}</source>
        <translation>Paper dots of group {2} on item {1}, round {0}</translation>
    </message>
    <message>
        <source>Total of item {1}, round {0}</source>
        <translation>Total of item {1}, round {0}</translation>
    </message>
    <message>
        <source>Attendance of participant {0}</source>
        <translation>Attendance of participant {0}</translation>
    </message>
    <message>
        <source>Audit event {0}</source>
        <translation>Audit event {0}</translation>
    </message>
    <message>
        <source>{field} reads «{found}» but the log recorded «{expected}»</source>
        <translation>{field} reads «{found}» but the log recorded «{expected}»</translation>
    </message>
    <message>
        <source>{field} «{found}» is stored, but no event of the log made it</source>
        <translation>{field} «{found}» is stored, but no event of the log made it</translation>
    </message>
    <message>
        <source>the log recorded «{expected}», but the row is no longer stored</source>
        <translation>the log recorded «{expected}», but the row is no longer stored</translation>
    </message>
    <message>
        <source>an event is missing before this one</source>
        <translation>an event is missing before this one</translation>
    </message>
    <message>
        <source>this event cannot be read</source>
        <translation>this event cannot be read</translation>
    </message>
    <message>
        <source>this event was changed after it was written</source>
        <translation>this event was changed after it was written</translation>
    </message>
    <message>
        <source>the log ends at event {found}, but event {expected} was anchored ({anchor}): the newest events were deleted</source>
        <translation>the log ends at event {found}, but event {expected} was anchored ({anchor}): the newest events were deleted</translation>
    </message>
    <message>
        <source>this event differs from its anchor ({anchor}): the log was rewritten</source>
        <translation>this event differs from its anchor ({anchor}): the log was rewritten</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>removed from the board</source>
        <translation>removed from the board</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>arrival time</source>
        <translation>arrival time</translation>
    </message>
    <message>
        <source>departure time</source>
        <translation>departure time</translation>
    </message>
    <message>
        <source>how they checked in</source>
        <translation>how they checked in</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Audit check</source>
        <translation>Audit check</translation>
    </message>
    <message>
        <source>Rows that differ from the log</source>
        <translation>Rows that differ from the log</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>{count} row(s) differ from the audit log: they were changed outside Roundtable. The minutes cannot be signed until this is resolved (restore a backup, or sign from the command line with --despite-audit-findings).</source>
        <translation>{count} row(s) differ from the audit log: they were changed outside Roundtable. The minutes cannot be signed until this is resolved (restore a backup, or sign from the command line with --despite-audit-findings).</translation>
    </message>
    <message>
        <source>The audit log is intact and every row matches it.</source>
        <translation>The audit log is intact and every row matches it.</translation>
    </message>
</context>
<context>
    <name>Board</name>
    <message>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Pink</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Purple</translation>
    </message>
    <message>
        <source>Ochre</source>
        <translation>Ochre</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Teal</translation>
    </message>
    <message>
        <source>Move to theme</source>
        <translation>Move to theme</translation>
    </message>
    <message>
        <source>Which theme?</source>
        <translation>Which theme?</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>No theme (take out of its theme)</source>
        <translation>No theme (take out of its theme)</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>New theme</translation>
    </message>
    <message>
        <source>Edit theme</source>
        <translation>Edit theme</translation>
    </message>
    <message>
        <source>Theme name</source>
        <translation>Theme name</translation>
    </message>
    <message>
        <source>Theme colour</source>
        <translation>Theme colour</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Note text</translation>
    </message>
    <message>
        <source>Enter keeps the note, Shift+Enter starts a new line, Escape cancels.</source>
        <translation>Enter keeps the note, Shift+Enter starts a new line, Escape cancels.</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <source>{level} → {forwarded}</source>
        <translation>{level} → {forwarded}</translation>
    </message>
    <message>
        <source>{name} ({count})</source>
        <translation>{name} ({count})</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Area for new notes</source>
        <translation>Area for new notes</translation>
    </message>
    <message>
        <source>Search notes</source>
        <translation>Search notes</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Search result</translation>
    </message>
    <message>
        <source>Current note</source>
        <translation>Current note</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Edit note</translation>
    </message>
    <message>
        <source>Delete notes</source>
        <translation>Delete notes</translation>
    </message>
    <message>
        <source>Move to theme…</source>
        <translation>Move to theme…</translation>
    </message>
    <message>
        <source>New theme…</source>
        <translation>New theme…</translation>
    </message>
    <message>
        <source>Rename or recolour theme…</source>
        <translation>Rename or recolour theme…</translation>
    </message>
    <message>
        <source>Delete theme…</source>
        <translation>Delete theme…</translation>
    </message>
    <message>
        <source>Select all notes</source>
        <translation>Select all notes</translation>
    </message>
    <message>
        <source>Competence and forwarding…</source>
        <translation>Competence and forwarding…</translation>
    </message>
    <message>
        <source>Make an action…</source>
        <translation>Make an action…</translation>
    </message>
    <message>
        <source>Approve note</source>
        <translation>Approve note</translation>
    </message>
    <message>
        <source>Reject note</source>
        <translation>Reject note</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Fit all</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Actual size</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Next match</translation>
    </message>
    <message>
        <source>Move to {area}</source>
        <translation>Move to {area}</translation>
    </message>
    <message>
        <source>Board tools</source>
        <translation>Board tools</translation>
    </message>
    <message>
        <source>New notes go to</source>
        <translation>New notes go to</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>{count} found</translation>
    </message>
    <message>
        <source>Note commands</source>
        <translation>Note commands</translation>
    </message>
    <message>
        <source>Move to area</source>
        <translation>Move to area</translation>
    </message>
    <message>
        <source>Note {index} of {count} · {area} · {theme}: {text}</source>
        <translation>Note {index} of {count} · {area} · {theme}: {text}</translation>
    </message>
    <message>
        <source>no theme</source>
        <translation>no theme</translation>
    </message>
    <message>
        <source>Paste notes…</source>
        <translation>Paste notes…</translation>
    </message>
    <message>
        <source>Merge notes…</source>
        <translation>Merge notes…</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Arrange</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Clear the selection</translation>
    </message>
    <message>
        <source>{length} / {limit} characters</source>
        <translation>{length} / {limit} characters</translation>
    </message>
    <message>
        <source>{length} / {limit} characters: {over} too many. Shorten it to keep it.</source>
        <translation>{length} / {limit} characters: {over} too many. Shorten it to keep it.</translation>
    </message>
    <message>
        <source>Characters</source>
        <translation>Characters</translation>
    </message>
    <message>
        <source>Paste notes</source>
        <translation>Paste notes</translation>
    </message>
    <message>
        <source>Type or paste the notes, one per line. Each line becomes a note.</source>
        <translation>Type or paste the notes, one per line. Each line becomes a note.</translation>
    </message>
    <message>
        <source>Notes, one per line</source>
        <translation>Notes, one per line</translation>
    </message>
    <message>
        <source>Area for these notes</source>
        <translation>Area for these notes</translation>
    </message>
    <message>
        <source>What will be added</source>
        <translation>What will be added</translation>
    </message>
    <message>
        <source>Add the notes</source>
        <translation>Add the notes</translation>
    </message>
    <message>
        <source>Line {number} is too long: {length} characters, at most {limit}. Shorten it or split it in two.</source>
        <translation>Line {number} is too long: {length} characters, at most {limit}. Shorten it or split it in two.</translation>
    </message>
    <message>
        <source>Merge notes</source>
        <translation>Merge notes</translation>
    </message>
    <message>
        <source>The two notes become one with this text. The other note leaves the board; Undo brings it back.</source>
        <translation>The two notes become one with this text. The other note leaves the board; Undo brings it back.</translation>
    </message>
    <message>
        <source>Text of the merged note</source>
        <translation>Text of the merged note</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Arrow keys move between notes and select them, Shift+arrows add to the selection, Space selects or unselects, Escape clears the selection, Enter edits, Delete deletes, Ctrl+T moves to a theme, Ctrl+arrows move the note.</source>
        <translation>Arrow keys move between notes and select them, Shift+arrows add to the selection, Space selects or unselects, Escape clears the selection, Enter edits, Delete deletes, Ctrl+T moves to a theme, Ctrl+arrows move the note.</translation>
    </message>
    <message>
        <source>Notes shown</source>
        <translation>Notes shown</translation>
    </message>
    <message>
        <source>Show older notes</source>
        <translation>Show older notes</translation>
    </message>
    <message>
        <source>Showing the newest {shown} of {total} notes</source>
        <translation>Showing the newest {shown} of {total} notes</translation>
    </message>
    <message>
        <source>Show {count} older</source>
        <translation>Show {count} older</translation>
    </message>
</context>
<context>
    <name>BoardWording</name>
    <message numerus="yes">
        <source>%n note(s) selected</source>
        <translation>
            <numerusform>%n note selected</numerusform>
            <numerusform>%n notes selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) will be added.</source>
        <translation>
            <numerusform>%n note will be added.</numerusform>
            <numerusform>%n notes will be added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Closing</name>
    <message>
        <source>Close the session “{title}”?

The running phase ends and the minutes can then be signed. Until they are signed, you can still reopen the session.</source>
        <translation>Close the session “{title}”?

The running phase ends and the minutes can then be signed. Until they are signed, you can still reopen the session.</translation>
    </message>
    <message>
        <source>End of the session</source>
        <translation>End of the session</translation>
    </message>
    <message>
        <source>Next steps…</source>
        <translation>Next steps…</translation>
    </message>
    <message>
        <source>Close the session…</source>
        <translation>Close the session…</translation>
    </message>
    <message>
        <source>Reopen the session</source>
        <translation>Reopen the session</translation>
    </message>
    <message>
        <source>The session is closed.</source>
        <translation>The session is closed.</translation>
    </message>
    <message>
        <source>Last phase: write the next steps, then close.</source>
        <translation>Last phase: write the next steps, then close.</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) imported.</source>
        <translation>
            <numerusform>%n participant imported.</numerusform>
            <numerusform>%n participants imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) exported to {path}</source>
        <translation>
            <numerusform>%n person exported to {path}</numerusform>
            <numerusform>%n people exported to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s). Arrow keys move between notes.</source>
        <translation>
            <numerusform>%n note. Arrow keys move between notes.</numerusform>
            <numerusform>%n notes. Arrow keys move between notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Theme for %n selected note(s)</source>
        <translation>
            <numerusform>Theme for %n selected note</numerusform>
            <numerusform>Theme for %n selected notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more theme(s)</source>
        <translation>
            <numerusform>and %n more theme</numerusform>
            <numerusform>and %n more themes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) in all, of which {paper} on paper.</source>
        <translation>
            <numerusform>%n dot in all, of which {paper} on paper.</numerusform>
            <numerusform>%n dots in all, of which {paper} on paper.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) per person, at most {cap} per item</source>
        <translation>
            <numerusform>%n dot per person, at most {cap} per item</numerusform>
            <numerusform>%n dots per person, at most {cap} per item</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) added.</source>
        <translation>
            <numerusform>%n participant added.</numerusform>
            <numerusform>%n participants added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) already here and updated.</source>
        <translation>
            <numerusform>%n participant already here and updated.</numerusform>
            <numerusform>%n participants already here and updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) already here and unchanged.</source>
        <translation>
            <numerusform>%n participant already here and unchanged.</numerusform>
            <numerusform>%n participants already here and unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n participant(s) from the session? Their phones stop working for this session.</source>
        <translation>
            <numerusform>Remove this participant from the session? Their phone stops working for this session.</numerusform>
            <numerusform>Remove these %n participants from the session? Their phones stop working for this session.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) in the sessions</source>
        <translation>
            <numerusform>%n result(s) in the sessions</numerusform>
            <numerusform>%n result(s) in the sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>This {what} does not exist (any more).</source>
        <translation>This {what} does not exist (any more).</translation>
    </message>
    <message>
        <source>This session&apos;s minutes are signed, so it is locked. Reopen it to make a change; the minutes will then need a new version.</source>
        <translation>This session&apos;s minutes are signed, so it is locked. Reopen it to make a change; the minutes will then need a new version.</translation>
    </message>
    <message>
        <source>Please write something first.</source>
        <translation>Please write something first.</translation>
    </message>
    <message>
        <source>This is too long: {length} characters, at most {limit}.</source>
        <translation>This is too long: {length} characters, at most {limit}.</translation>
    </message>
    <message>
        <source>{field} is not valid: {value}.</source>
        <translation>{field} is not valid: {value}.</translation>
    </message>
    <message>
        <source>Voting is not open for this round.</source>
        <translation>Voting is not open for this round.</translation>
    </message>
    <message>
        <source>This round has already been opened; its settings can no longer change.</source>
        <translation>This round has already been opened; its settings can no longer change.</translation>
    </message>
    <message>
        <source>Close the round before revealing its results.</source>
        <translation>Close the round before revealing its results.</translation>
    </message>
    <message>
        <source>A round needs at least two items to vote on.</source>
        <translation>A round needs at least two items to vote on.</translation>
    </message>
    <message>
        <source>This item is not part of the round.</source>
        <translation>This item is not part of the round.</translation>
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
        <source>There is no dot of yours on this item.</source>
        <translation>There is no dot of yours on this item.</translation>
    </message>
    <message>
        <source>Facilitators and observers do not vote.</source>
        <translation>Facilitators and observers do not vote.</translation>
    </message>
    <message>
        <source>This participant was removed from the session.</source>
        <translation>This participant was removed from the session.</translation>
    </message>
    <message>
        <source>The name {name} is already used in this session.</source>
        <translation>The name {name} is already used in this session.</translation>
    </message>
    <message>
        <source>No phase is running.</source>
        <translation>No phase is running.</translation>
    </message>
    <message>
        <source>This is the last phase of the agenda.</source>
        <translation>This is the last phase of the agenda.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nothing to undo.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Nothing to redo.</translation>
    </message>
    <message>
        <source>Another vote round is open; close it first.</source>
        <translation>Another vote round is open; close it first.</translation>
    </message>
    <message>
        <source>This session&apos;s minutes are not signed; there is nothing to reopen.</source>
        <translation>This session&apos;s minutes are not signed; there is nothing to reopen.</translation>
    </message>
    <message>
        <source>The session was reopened while version {version} of the minutes was being made; export the minutes again.</source>
        <translation>The session was reopened while version {version} of the minutes was being made; export the minutes again.</translation>
    </message>
    <message>
        <source>Raw data can be purged only once the minutes are signed.</source>
        <translation>Raw data can be purged only once the minutes are signed.</translation>
    </message>
    <message>
        <source>This is not a Roundtable badge.</source>
        <translation>This is not a Roundtable badge.</translation>
    </message>
    <message>
        <source>This badge belongs to another session.</source>
        <translation>This badge belongs to another session.</translation>
    </message>
    <message>
        <source>This badge is not valid: its code was changed or made up. Please see the welcome desk.</source>
        <translation>This badge is not valid: its code was changed or made up. Please see the welcome desk.</translation>
    </message>
    <message>
        <source>No one in this session has the code {typed}. Check the code on the badge.</source>
        <translation>No one in this session has the code {typed}. Check the code on the badge.</translation>
    </message>
    <message>
        <source>The vote round “{title}” is still open. Close it before closing the session.</source>
        <translation>The vote round “{title}” is still open. Close it before closing the session.</translation>
    </message>
    <message>
        <source>This session is closed. Reopen it to run a phase again.</source>
        <translation>This session is closed. Reopen it to run a phase again.</translation>
    </message>
    <message>
        <source>This session is not closed; there is nothing to reopen.</source>
        <translation>This session is not closed; there is nothing to reopen.</translation>
    </message>
    <message>
        <source>{path} is not a Roundtable database (it is not an SQLite file).</source>
        <translation>{path} is not a Roundtable database (it is not an SQLite file).</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Roundtable (schema {detail}). It was left untouched; update Roundtable to open it.</source>
        <translation>{path} was written by a newer version of Roundtable (schema {detail}). It was left untouched; update Roundtable to open it.</translation>
    </message>
    <message>
        <source>{path} cannot be opened: {detail}</source>
        <translation>{path} cannot be opened: {detail}</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>theme</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>attendance</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>vote round</source>
        <translation>vote round</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>The date</translation>
    </message>
    <message>
        <source>The start date</source>
        <translation>The start date</translation>
    </message>
    <message>
        <source>The end date</source>
        <translation>The end date</translation>
    </message>
    <message>
        <source>The review date</source>
        <translation>The review date</translation>
    </message>
    <message>
        <source>The number of minutes</source>
        <translation>The number of minutes</translation>
    </message>
    <message>
        <source>The language</source>
        <translation>The language</translation>
    </message>
    <message>
        <source>The languages</source>
        <translation>The languages</translation>
    </message>
    <message>
        <source>The colour</source>
        <translation>The colour</translation>
    </message>
    <message>
        <source>The kind of local actor</source>
        <translation>The kind of local actor</translation>
    </message>
    <message>
        <source>The group</source>
        <translation>The group</translation>
    </message>
    <message>
        <source>The time zone</source>
        <translation>The time zone</translation>
    </message>
    <message>
        <source>The change could not be saved ({detail}). Nothing was changed; please try again.</source>
        <translation>The change could not be saved ({detail}). Nothing was changed; please try again.</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <source>{field} ({value}) cannot be before {other} ({other_date}).</source>
        <translation>{field} ({value}) cannot be before {other} ({other_date}).</translation>
    </message>
    <message>
        <source>{field} must be a date written year-month-day, such as 2027-03-31 (not {value}).</source>
        <translation>{field} must be a date written year-month-day, such as 2027-03-31 (not {value}).</translation>
    </message>
    <message>
        <source>The number of dots cannot be {value}: write a whole number, 0 or more.</source>
        <translation>The number of dots cannot be {value}: write a whole number, 0 or more.</translation>
    </message>
    <message>
        <source>{field} must be a language code such as fr, ar or en (not {value}).</source>
        <translation>{field} must be a language code such as fr, ar or en (not {value}).</translation>
    </message>
    <message>
        <source>Dots per person cannot be {value}: choose a number from 1 to {maximum}.</source>
        <translation>Dots per person cannot be {value}: choose a number from 1 to {maximum}.</translation>
    </message>
    <message>
        <source>Dots on one item cannot be {value}: choose a number from 1 to the dots per person.</source>
        <translation>Dots on one item cannot be {value}: choose a number from 1 to the dots per person.</translation>
    </message>
    <message>
        <source>The voting time cannot be {value} minutes: choose from 1 to 240 minutes.</source>
        <translation>The voting time cannot be {value} minutes: choose from 1 to 240 minutes.</translation>
    </message>
    <message>
        <source>A phase cannot last {value} minutes: choose from 1 to {maximum} minutes.</source>
        <translation>A phase cannot last {value} minutes: choose from 1 to {maximum} minutes.</translation>
    </message>
    <message>
        <source>The colour must be written #RRGGBB, such as #FFD966 (not {value}).</source>
        <translation>The colour must be written #RRGGBB, such as #FFD966 (not {value}).</translation>
    </message>
    <message>
        <source>the start date</source>
        <translation>the start date</translation>
    </message>
    <message>
        <source>the end date</source>
        <translation>the end date</translation>
    </message>
    <message>
        <source>Please check</source>
        <translation>Please check</translation>
    </message>
    <message>
        <source>The program restarted while this secret round was open, so it can no longer tell who has voted and takes no further ballot. The facilitator can close it with the dots cast, or discard them and restart the same round.</source>
        <translation>The program restarted while this secret round was open, so it can no longer tell who has voted and takes no further ballot. The facilitator can close it with the dots cast, or discard them and restart the same round.</translation>
    </message>
    <message>
        <source>Only people checked in at the welcome desk vote. Please go to the welcome desk first.</source>
        <translation>Only people checked in at the welcome desk vote. Please go to the welcome desk first.</translation>
    </message>
    <message>
        <source>This badge has already voted. Voting again replaces the earlier dots.</source>
        <translation>This badge has already voted. Voting again replaces the earlier dots.</translation>
    </message>
    <message>
        <source>A count of paper dots cannot be below zero.</source>
        <translation>A count of paper dots cannot be below zero.</translation>
    </message>
    <message>
        <source>{count} paper dots on one item is too many: {people} people of this group are here, at most {cap} dots each on one item, so at most {limit}.</source>
        <translation>{count} paper dots on one item is too many: {people} people of this group are here, at most {cap} dots each on one item, so at most {limit}.</translation>
    </message>
    <message>
        <source>{total} paper dots in all is too many for this group: {people} people are here with {dots} dots each, so at most {limit}.</source>
        <translation>{total} paper dots in all is too many for this group: {people} people are here with {dots} dots each, so at most {limit}.</translation>
    </message>
    <message>
        <source>This round was not interrupted: it can still take ballots.</source>
        <translation>This round was not interrupted: it can still take ballots.</translation>
    </message>
    <message>
        <source>In a secret round nobody&apos;s dots can be told apart: they stay counted.</source>
        <translation>In a secret round nobody&apos;s dots can be told apart: they stay counted.</translation>
    </message>
    <message>
        <source>The facilitator has not let this person in yet: they vote and post once let in.</source>
        <translation>The facilitator has not let this person in yet: they vote and post once let in.</translation>
    </message>
    <message>
        <source>This person is not waiting to be let in.</source>
        <translation>This person is not waiting to be let in.</translation>
    </message>
    <message>
        <source>This has only invisible characters (spaces or zero-width marks). Please write words that can be read.</source>
        <translation>This has only invisible characters (spaces or zero-width marks). Please write words that can be read.</translation>
    </message>
    <message>
        <source>It was left untouched; restore it from a backup.</source>
        <translation>It was left untouched; restore it from a backup.</translation>
    </message>
    <message>
        <source>The file itself is not damaged: do not replace it with a backup.</source>
        <translation>The file itself is not damaged: do not replace it with a backup.</translation>
    </message>
    <message>
        <source>{path} cannot be written: this computer&apos;s account may only read it. Nothing was changed. Give your account the right to change the file (or copy it to a folder of yours) and start again.</source>
        <translation>{path} cannot be written: this computer&apos;s account may only read it. Nothing was changed. Give your account the right to change the file (or copy it to a folder of yours) and start again.</translation>
    </message>
    <message>
        <source>{path} cannot be written: the folder {detail} may only be read, and Roundtable must keep its journal files beside the database. Nothing was changed. Choose a folder you may write to.</source>
        <translation>{path} cannot be written: the folder {detail} may only be read, and Roundtable must keep its journal files beside the database. Nothing was changed. Choose a folder you may write to.</translation>
    </message>
    <message>
        <source>{path} is on a disk that may only be read ({detail}: a read-only mount, a locked card or a disc). Nothing was changed. Copy the file to this computer&apos;s disk and open the copy.</source>
        <translation>{path} is on a disk that may only be read ({detail}: a read-only mount, a locked card or a disc). Nothing was changed. Copy the file to this computer&apos;s disk and open the copy.</translation>
    </message>
    <message>
        <source>{path} is marked as read-only inside the file (SQLite&apos;s write version), so no change could be saved. Nothing was changed. Open it with a tool that made it, or export what you need.</source>
        <translation>{path} is marked as read-only inside the file (SQLite&apos;s write version), so no change could be saved. Nothing was changed. Open it with a tool that made it, or export what you need.</translation>
    </message>
    <message>
        <source>{path} is being written by another program (perhaps another Roundtable) and did not become free. Close the other program and start again.</source>
        <translation>{path} is being written by another program (perhaps another Roundtable) and did not become free. Close the other program and start again.</translation>
    </message>
    <message>
        <source>{path} is open in another program, and its journal file (ending in -wal) was deleted meanwhile. Close the other program (the other Roundtable or portal) first, then start again; it keeps the latest changes.</source>
        <translation>{path} is open in another program, and its journal file (ending in -wal) was deleted meanwhile. Close the other program (the other Roundtable or portal) first, then start again; it keeps the latest changes.</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes): it may have been cut short by a full disk or an unfinished copy. It was left untouched. Restore it from a backup, or delete it to start a new, empty database.</source>
        <translation>{path} is empty (0 bytes): it may have been cut short by a full disk or an unfinished copy. It was left untouched. Restore it from a backup, or delete it to start a new, empty database.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full: changes are not being recorded (phones are told so). Free some space on the disk; recording starts again by itself.</source>
        <translation>The disk holding {path} is full: changes are not being recorded (phones are told so). Free some space on the disk; recording starts again by itself.</translation>
    </message>
    <message>
        <source>The disk holding {path} refused to write (it may be full, removed, or the file too large for it): changes are not being recorded (phones are told so). Check the disk; recording starts again by itself once it accepts writes.</source>
        <translation>The disk holding {path} refused to write (it may be full, removed, or the file too large for it): changes are not being recorded (phones are told so). Check the disk; recording starts again by itself once it accepts writes.</translation>
    </message>
    <message>
        <source>The journal file of {path} (ending in -wal) was deleted while Roundtable was running. Everything recorded so far was saved into the database; new changes are refused until Roundtable is started again. Close it and start it again.</source>
        <translation>The journal file of {path} (ending in -wal) was deleted while Roundtable was running. Everything recorded so far was saved into the database; new changes are refused until Roundtable is started again. Close it and start it again.</translation>
    </message>
    <message>
        <source>Some text stored in {path} is damaged: unreadable letters are shown as {mark}. The file may be damaged elsewhere too; keep a copy and check it against a backup.</source>
        <translation>Some text stored in {path} is damaged: unreadable letters are shown as {mark}. The file may be damaged elsewhere too; keep a copy and check it against a backup.</translation>
    </message>
    <message>
        <source>{path} is damaged: some of its stored data cannot be read.</source>
        <translation>{path} is damaged: some of its stored data cannot be read.</translation>
    </message>
    <message>
        <source>The database is damaged: a stored {what} holds a value Roundtable cannot read.</source>
        <translation>The database is damaged: a stored {what} holds a value Roundtable cannot read.</translation>
    </message>
    <message>
        <source>{path} is damaged: the description of its tables cannot be read.</source>
        <translation>{path} is damaged: the description of its tables cannot be read.</translation>
    </message>
    <message>
        <source>{path} is damaged: its index {detail} no longer matches the stored rows, so some of them would not be shown.</source>
        <translation>{path} is damaged: its index {detail} no longer matches the stored rows, so some of them would not be shown.</translation>
    </message>
    <message>
        <source>Start a new, empty database</source>
        <translation>Start a new, empty database</translation>
    </message>
    <message>
        <source>The database needs attention</source>
        <translation>The database needs attention</translation>
    </message>
    <message>
        <source>A declined commitment needs the reason it was declined.</source>
        <translation>A declined commitment needs the reason it was declined.</translation>
    </message>
    <message>
        <source>A forwarded commitment needs the level of competence and the body it was forwarded to.</source>
        <translation>A forwarded commitment needs the level of competence and the body it was forwarded to.</translation>
    </message>
    <message>
        <source>{name} is a participant who did not agree to be named: give a service or a role as owner.</source>
        <translation>{name} is a participant who did not agree to be named: give a service or a role as owner.</translation>
    </message>
    <message>
        <source>Readings are taken only for a micro-experiment&apos;s criteria.</source>
        <translation>Readings are taken only for a micro-experiment&apos;s criteria.</translation>
    </message>
    <message>
        <source>An expectation out of the city&apos;s competence is linked to its parking-lot item.</source>
        <translation>An expectation out of the city&apos;s competence is linked to its parking-lot item.</translation>
    </message>
    <message>
        <source>A reading must be a number, such as 12 or 4.5 (not {value}).</source>
        <translation>A reading must be a number, such as 12 or 4.5 (not {value}).</translation>
    </message>
    <message>
        <source>Progress is a percentage from 0 to 100 (not {value}).</source>
        <translation>Progress is a percentage from 0 to 100 (not {value}).</translation>
    </message>
    <message>
        <source>The bridging share is a percentage from 1 to 100 (not {value}).</source>
        <translation>The bridging share is a percentage from 1 to 100 (not {value}).</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>commitment</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>criterion</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>reading</translation>
    </message>
    <message>
        <source>expectation</source>
        <translation>expectation</translation>
    </message>
    <message>
        <source>idea</source>
        <translation>idea</translation>
    </message>
    <message>
        <source>parking-lot item</source>
        <translation>parking-lot item</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Welcome and check-in</source>
        <translation>Welcome and check-in</translation>
    </message>
    <message>
        <source>Expectations round</source>
        <translation>Expectations round</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>Ideation</source>
        <translation>Ideation</translation>
    </message>
    <message>
        <source>Clustering into themes</source>
        <translation>Clustering into themes</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Dot voting</translation>
    </message>
    <message>
        <source>Action planning</source>
        <translation>Action planning</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>Local actor</source>
        <translation>Local actor</translation>
    </message>
    <message>
        <source>Newcomer</source>
        <translation>Newcomer</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <source>Public agent</source>
        <translation>Public agent</translation>
    </message>
    <message>
        <source>Elected representative</source>
        <translation>Elected representative</translation>
    </message>
    <message>
        <source>Civil society</source>
        <translation>Civil society</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Expectations</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Parking lot</translation>
    </message>
    <message>
        <source>Municipal</source>
        <translation>Municipal</translation>
    </message>
    <message>
        <source>Metropolitan</source>
        <translation>Metropolitan</translation>
    </message>
    <message>
        <source>Departmental</source>
        <translation>Departmental</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Regional</translation>
    </message>
    <message>
        <source>National</source>
        <translation>National</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>European Union</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Micro-experiment</source>
        <translation>Micro-experiment</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>add note</source>
        <translation>add note</translation>
    </message>
    <message>
        <source>add notes</source>
        <translation>add notes</translation>
    </message>
    <message>
        <source>merge notes</source>
        <translation>merge notes</translation>
    </message>
    <message>
        <source>arrange board</source>
        <translation>arrange board</translation>
    </message>
    <message>
        <source>edit note</source>
        <translation>edit note</translation>
    </message>
    <message>
        <source>colour notes</source>
        <translation>colour notes</translation>
    </message>
    <message>
        <source>move notes</source>
        <translation>move notes</translation>
    </message>
    <message>
        <source>move to area</source>
        <translation>move to area</translation>
    </message>
    <message>
        <source>move to theme</source>
        <translation>move to theme</translation>
    </message>
    <message>
        <source>edit parking lot item</source>
        <translation>edit parking lot item</translation>
    </message>
    <message>
        <source>delete notes</source>
        <translation>delete notes</translation>
    </message>
    <message>
        <source>add theme</source>
        <translation>add theme</translation>
    </message>
    <message>
        <source>edit theme</source>
        <translation>edit theme</translation>
    </message>
    <message>
        <source>delete theme</source>
        <translation>delete theme</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>Review: you said, we did</source>
        <translation>Review: you said, we did</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Roundtable</source>
        <translation>Roundtable</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>All sessions</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Main tools</source>
        <translation>Main tools</translation>
    </message>
    <message>
        <source>&amp;Phase</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <source>Start or resume</source>
        <translation>Start or resume</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pause or resume</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Next phase</translation>
    </message>
    <message>
        <source>Finish the phase</source>
        <translation>Finish the phase</translation>
    </message>
    <message>
        <source>&amp;Projector</source>
        <translation>&amp;Projector</translation>
    </message>
    <message>
        <source>Show projector</source>
        <translation>Show projector</translation>
    </message>
    <message>
        <source>Freeze or unfreeze</source>
        <translation>Freeze or unfreeze</translation>
    </message>
    <message>
        <source>Blank or show</source>
        <translation>Blank or show</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Undo {step}</source>
        <translation>Undo {step}</translation>
    </message>
    <message>
        <source>Redo {step}</source>
        <translation>Redo {step}</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Parking lot</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Session workspace</source>
        <translation>Session workspace</translation>
    </message>
    <message>
        <source>Session tabs</source>
        <translation>Session tabs</translation>
    </message>
    <message>
        <source>{tab} ({count} waiting)</source>
        <translation>{tab} ({count} waiting)</translation>
    </message>
    <message>
        <source>This tab could not be opened: {error}</source>
        <translation>This tab could not be opened: {error}</translation>
    </message>
    <message>
        <source>Audit check…</source>
        <translation>Audit check…</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>The automatic backup could not be made ({reason}). Everything is still saved in the session&apos;s file, but there is no fresh copy. Free some disk space; you will be told again if it keeps failing after a backup works.</source>
        <translation>The automatic backup could not be made ({reason}). Everything is still saved in the session&apos;s file, but there is no fresh copy. Free some disk space; you will be told again if it keeps failing after a backup works.</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>What happens after the Lab, who does it, and by when. Shown on the projector&apos;s closing page and in the minutes.</source>
        <translation>What happens after the Lab, who does it, and by when. Shown on the projector&apos;s closing page and in the minutes.</translation>
    </message>
    <message>
        <source>{count} / {limit} characters</source>
        <translation>{count} / {limit} characters</translation>
    </message>
</context>
<context>
    <name>ParkingLot</name>
    <message>
        <source>Level of competence</source>
        <translation>Level of competence</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Demand</translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation>Forwarded to</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Parking lot</translation>
    </message>
    <message>
        <source>Parking lot items</source>
        <translation>Parking lot items</translation>
    </message>
    <message>
        <source>Demands the city cannot act on are kept here with the level of government that can, and where they are forwarded. Double-click or press F2 to change them.</source>
        <translation>Demands the city cannot act on are kept here with the level of government that can, and where they are forwarded. Double-click or press F2 to change them.</translation>
    </message>
    <message>
        <source>Competence and forwarding</source>
        <translation>Competence and forwarding</translation>
    </message>
</context>
<context>
    <name>PhaseTimer</name>
    <message>
        <source>No phase running</source>
        <translation>No phase running</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>{time} over</source>
        <translation>{time} over</translation>
    </message>
    <message>
        <source>Phase and timer</source>
        <translation>Phase and timer</translation>
    </message>
    <message>
        <source>Current phase</source>
        <translation>Current phase</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Next phase</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Running over</source>
        <translation>Running over</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Now: {phase}</source>
        <translation>Now: {phase}</translation>
    </message>
    <message>
        <source>Time is up for {phase}</source>
        <translation>Time is up for {phase}</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>One more minute</source>
        <translation>One more minute</translation>
    </message>
    <message>
        <source>+5 min</source>
        <translation>+5 min</translation>
    </message>
    <message>
        <source>Five more minutes</source>
        <translation>Five more minutes</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>Roundtable — projector</source>
        <translation>Roundtable — projector</translation>
    </message>
    <message>
        <source>Follow the phase</source>
        <translation>Follow the phase</translation>
    </message>
    <message>
        <source>How to join</source>
        <translation>How to join</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Projector controls</source>
        <translation>Projector controls</translation>
    </message>
    <message>
        <source>Screen for the projector</source>
        <translation>Screen for the projector</translation>
    </message>
    <message>
        <source>Show projector</source>
        <translation>Show projector</translation>
    </message>
    <message>
        <source>What the projector shows</source>
        <translation>What the projector shows</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Freeze</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Blank</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <source>Screen {number}: {name} ({size})</source>
        <translation>Screen {number}: {name} ({size})</translation>
    </message>
    <message>
        <source>{screen}, this laptop</source>
        <translation>{screen}, this laptop</translation>
    </message>
    <message>
        <source>QR code to join from a phone</source>
        <translation>QR code to join from a phone</translation>
    </message>
    <message>
        <source>QR code of the Wi-Fi network</source>
        <translation>QR code of the Wi-Fi network</translation>
    </message>
    <message>
        <source>Welcome! {title}</source>
        <translation>Welcome! {title}</translation>
    </message>
    <message>
        <source>The phone portal is not started yet. You can take part on paper and on the screen in the room.</source>
        <translation>The phone portal is not started yet. You can take part on paper and on the screen in the room.</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera, or open:</source>
        <translation>Scan the code with your phone&apos;s camera, or open:</translation>
    </message>
    <message>
        <source>Wi-Fi: {ssid}</source>
        <translation>Wi-Fi: {ssid}</translation>
    </message>
    <message>
        <source>Wi-Fi: {ssid} — password: {password}</source>
        <translation>Wi-Fi: {ssid} — password: {password}</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>What did you come for?</source>
        <translation>What did you come for?</translation>
    </message>
    <message>
        <source>Parking lot: for other levels of government</source>
        <translation>Parking lot: for other levels of government</translation>
    </message>
    <message>
        <source>Ideas ({count})</source>
        <translation>Ideas ({count})</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>No notes yet.</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projector</translation>
    </message>
    <message>
        <source>Phase and time left</source>
        <translation>Phase and time left</translation>
    </message>
    <message>
        <source>Blank screen</source>
        <translation>Blank screen</translation>
    </message>
    <message>
        <source>What we decided to do</source>
        <translation>What we decided to do</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>No actions yet.</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <source>Thanks and next steps</source>
        <translation>Thanks and next steps</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Page on the projector</source>
        <translation>Page on the projector</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Second language on the projector</source>
        <translation>Second language on the projector</translation>
    </message>
    <message>
        <source>Where the projector is</source>
        <translation>Where the projector is</translation>
    </message>
    <message>
        <source>Window, screen {number}</source>
        <translation>Window, screen {number}</translation>
    </message>
    <message>
        <source>the projector</source>
        <translation>the projector</translation>
    </message>
    <message>
        <source>Projector not shown</source>
        <translation>Projector not shown</translation>
    </message>
    <message>
        <source>Full screen on {screen}: it covers this window</source>
        <translation>Full screen on {screen}: it covers this window</translation>
    </message>
    <message>
        <source>Full screen, screen {number}: covers the desk</source>
        <translation>Full screen, screen {number}: covers the desk</translation>
    </message>
    <message>
        <source>Full screen on {screen}</source>
        <translation>Full screen on {screen}</translation>
    </message>
    <message>
        <source>Full screen, screen {number}</source>
        <translation>Full screen, screen {number}</translation>
    </message>
    <message>
        <source>In a window on {screen}</source>
        <translation>In a window on {screen}</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Parking lot</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Page {page} of {count}</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Time is up</translation>
    </message>
    <message>
        <source>Not in a theme yet</source>
        <translation>Not in a theme yet</translation>
    </message>
    <message>
        <source>{theme} (continued)</source>
        <translation>{theme} (continued)</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>You said, we did</source>
        <translation>You said, we did</translation>
    </message>
    <message>
        <source>Nothing to review yet: no commitment or experiment was recorded in the earlier Labs of this programme.</source>
        <translation>Nothing to review yet: no commitment or experiment was recorded in the earlier Labs of this programme.</translation>
    </message>
    <message>
        <source>What people came for</source>
        <translation>What people came for</translation>
    </message>
    <message>
        <source>What this Lab did</source>
        <translation>What this Lab did</translation>
    </message>
    <message>
        <source>Where the rest went</source>
        <translation>Where the rest went</translation>
    </message>
    <message>
        <source>Ideas that bridge the groups</source>
        <translation>Ideas that bridge the groups</translation>
    </message>
</context>
<context>
    <name>Restore</name>
    <message>
        <source>This backup is damaged ({detail}); it cannot be put back.</source>
        <translation>This backup is damaged ({detail}); it cannot be put back.</translation>
    </message>
    <message>
        <source>its audit log is broken</source>
        <translation>its audit log is broken</translation>
    </message>
    <message>
        <source>{count} row(s) differ from its audit log</source>
        <translation>{count} row(s) differ from its audit log</translation>
    </message>
    <message>
        <source>audit log intact, every row matches</source>
        <translation>audit log intact, every row matches</translation>
    </message>
    <message>
        <source>Check passed: the file is whole.</source>
        <translation>Check passed: the file is whole.</translation>
    </message>
    <message>
        <source>Check found problems: read them before putting this backup back.</source>
        <translation>Check found problems: read them before putting this backup back.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Backups are made every few minutes while sessions change. Choose one, check it, then put it back. The current file is kept aside, never deleted.</source>
        <translation>Backups are made every few minutes while sessions change. Choose one, check it, then put it back. The current file is kept aside, never deleted.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Made at</source>
        <translation>Made at</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Dots</translation>
    </message>
    <message>
        <source>(cannot be read)</source>
        <translation>(cannot be read)</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>No backup yet.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Put this backup in place…</source>
        <translation>Put this backup in place…</translation>
    </message>
    <message>
        <source>Check the chosen backup before putting it back.</source>
        <translation>Check the chosen backup before putting it back.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Put the backup made at {time} in place of the current sessions? Everything written since then is set aside, not lost: the current file is kept in the folder {folder}.</source>
        <translation>Put the backup made at {time} in place of the current sessions? Everything written since then is set aside, not lost: the current file is kept in the folder {folder}.</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Nothing was changed: {reason}</translation>
    </message>
    <message>
        <source>Putting the backup in place…</source>
        <translation>Putting the backup in place…</translation>
    </message>
    <message>
        <source>The backup made at {time} is now in place. The file that was in place is kept at {path}.</source>
        <translation>The backup made at {time} is now in place. The file that was in place is kept at {path}.</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Kind of actor</source>
        <translation>Kind of actor</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Edit participant</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Not said</translation>
    </message>
    <message>
        <source>Display name (optional)</source>
        <translation>Display name (optional)</translation>
    </message>
    <message>
        <source>Only if the person wants one</source>
        <translation>Only if the person wants one</translation>
    </message>
    <message>
        <source>Named in the minutes (officials, facilitators)</source>
        <translation>Named in the minutes (officials, facilitators)</translation>
    </message>
    <message>
        <source>Has given consent</source>
        <translation>Has given consent</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>Some of them voted in the open round: their dots stay counted. To withdraw someone&apos;s dots, remove that person alone.</source>
        <translation>Some of them voted in the open round: their dots stay counted. To withdraw someone&apos;s dots, remove that person alone.</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Import participants</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>Nothing was imported. Please correct the file and import it again:</source>
        <translation>Nothing was imported. Please correct the file and import it again:</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… and {count} more.</translation>
    </message>
    <message>
        <source>These columns were ignored and not stored: {columns}</source>
        <translation>These columns were ignored and not stored: {columns}</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Line {line}: {problem}</translation>
    </message>
    <message>
        <source>The file has no participants.</source>
        <translation>The file has no participants.</translation>
    </message>
    <message>
        <source>only a local actor has a kind of actor.</source>
        <translation>only a local actor has a kind of actor.</translation>
    </message>
    <message>
        <source>the display name is longer than {limit} characters.</source>
        <translation>the display name is longer than {limit} characters.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <source>This file cannot be opened: {reason}</source>
        <translation>This file cannot be opened: {reason}</translation>
    </message>
    <message>
        <source>The first line must name the columns, with at least &quot;group&quot; (or &quot;Groupe&quot;) and &quot;language&quot; (or &quot;Langue&quot;).</source>
        <translation>The first line must name the columns, with at least &quot;group&quot; (or &quot;Groupe&quot;) and &quot;language&quot; (or &quot;Langue&quot;).</translation>
    </message>
    <message>
        <source>the group &quot;{value}&quot; is not one of: local actor, newcomer, facilitator, observer.</source>
        <translation>the group &quot;{value}&quot; is not one of: local actor, newcomer, facilitator, observer.</translation>
    </message>
    <message>
        <source>the language &quot;{value}&quot; is not known: write a code such as fr, ar, en or a name such as Français.</source>
        <translation>the language &quot;{value}&quot; is not known: write a code such as fr, ar, en or a name such as Français.</translation>
    </message>
    <message>
        <source>the kind of actor &quot;{value}&quot; is not one of: public agent, elected, civil society.</source>
        <translation>the kind of actor &quot;{value}&quot; is not one of: public agent, elected, civil society.</translation>
    </message>
    <message>
        <source>&quot;named in the minutes&quot; and &quot;consent&quot; must be yes or no (oui or non).</source>
        <translation>&quot;named in the minutes&quot; and &quot;consent&quot; must be yes or no (oui or non).</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Only one screen</source>
        <translation>Only one screen</translation>
    </message>
    <message>
        <source>This laptop shows one picture only (one screen, or the projector mirrors it). Full screen, {what} would cover this window.</source>
        <translation>This laptop shows one picture only (one screen, or the projector mirrors it). Full screen, {what} would cover this window.</translation>
    </message>
    <message>
        <source>Show it in a window you can move, or cover this window anyway?</source>
        <translation>Show it in a window you can move, or cover this window anyway?</translation>
    </message>
    <message>
        <source>In a window</source>
        <translation>In a window</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Full screen</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <source>Search the notes and actions of every session…</source>
        <translation>Search the notes and actions of every session…</translation>
    </message>
    <message>
        <source>Search every session</source>
        <translation>Search every session</translation>
    </message>
    <message>
        <source>Found in the sessions</source>
        <translation>Found in the sessions</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nothing found.</translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>Next Policy Lab from this one</source>
        <translation>Next Policy Lab from this one</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Session details</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>This date is in the past. Check it: certificates and minutes carry it.</source>
        <translation>This date is in the past. Check it: certificates and minutes carry it.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Languages of the session</source>
        <translation>Languages of the session</translation>
    </message>
    <message>
        <source>Approve notes from phones before they are shown</source>
        <translation>Approve notes from phones before they are shown</translation>
    </message>
    <message>
        <source>Wi-Fi network name</source>
        <translation>Wi-Fi network name</translation>
    </message>
    <message>
        <source>Wi-Fi security</source>
        <translation>Wi-Fi security</translation>
    </message>
    <message>
        <source>WPA/WPA2</source>
        <translation>WPA/WPA2</translation>
    </message>
    <message>
        <source>WEP</source>
        <translation>WEP</translation>
    </message>
    <message>
        <source>Open network</source>
        <translation>Open network</translation>
    </message>
    <message>
        <source>Wi-Fi password</source>
        <translation>Wi-Fi password</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Languages</translation>
    </message>
    <message>
        <source>Wi-Fi network</source>
        <translation>Wi-Fi network</translation>
    </message>
    <message>
        <source>Please give the session a title.</source>
        <translation>Please give the session a title.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, e.g. Europe/Paris.</source>
        <translation>Choose a time zone from the list, e.g. Europe/Paris.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{status}, archived</source>
        <translation>{status}, archived</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Sessions by territory and date</source>
        <translation>Sessions by territory and date</translation>
    </message>
    <message>
        <source>Show archived sessions</source>
        <translation>Show archived sessions</translation>
    </message>
    <message>
        <source>Policy Lab sessions</source>
        <translation>Policy Lab sessions</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>New session…</source>
        <translation>New session…</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Next Lab from this one…</source>
        <translation>Next Lab from this one…</translation>
    </message>
    <message>
        <source>Archive or restore</source>
        <translation>Archive or restore</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
</context>
<context>
    <name>WriteWait</name>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Waiting for the other program: another Roundtable program (a portal or a second window) is writing to this database. Your change is kept and will be saved as soon as it has finished.</source>
        <translation>Waiting for the other program: another Roundtable program (a portal or a second window) is writing to this database. Your change is kept and will be saved as soon as it has finished.</translation>
    </message>
    <message>
        <source>Quit once saved</source>
        <translation>Quit once saved</translation>
    </message>
</context>
</TS>
