<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>FollowUp</name>
    <message>
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Owner service or role</source>
        <translation>Owner service or role</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>New programme…</source>
        <translation>New programme…</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>New programme</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Programme:</translation>
    </message>
    <message>
        <source>Commitments followed in this Lab</source>
        <translation>Commitments followed in this Lab</translation>
    </message>
    <message>
        <source>History of updates</source>
        <translation>History of updates</translation>
    </message>
    <message>
        <source>Made from</source>
        <translation>Made from</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>What will be done</translation>
    </message>
    <message>
        <source>What will be done (empty: the idea&apos;s own words)</source>
        <translation>What will be done (empty: the idea&apos;s own words)</translation>
    </message>
    <message>
        <source>A service or a role, not a person&apos;s name</source>
        <translation>A service or a role, not a person&apos;s name</translation>
    </message>
    <message>
        <source>Make commitment</source>
        <translation>Make commitment</translation>
    </message>
    <message>
        <source>New commitment</source>
        <translation>New commitment</translation>
    </message>
    <message>
        <source>Date of the update</source>
        <translation>Date of the update</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>Reported by (role)</source>
        <translation>Reported by (role)</translation>
    </message>
    <message>
        <source>Reason (required to decline)</source>
        <translation>Reason (required to decline)</translation>
    </message>
    <message>
        <source>Level of competence</source>
        <translation>Level of competence</translation>
    </message>
    <message>
        <source>Forwarded to (body)</source>
        <translation>Forwarded to (body)</translation>
    </message>
    <message>
        <source>Record update</source>
        <translation>Record update</translation>
    </message>
    <message>
        <source>Answer received…</source>
        <translation>Answer received…</translation>
    </message>
    <message>
        <source>Answer received</source>
        <translation>Answer received</translation>
    </message>
    <message>
        <source>Translation…</source>
        <translation>Translation…</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Translation</translation>
    </message>
    <message>
        <source>Update the selected commitment</source>
        <translation>Update the selected commitment</translation>
    </message>
    <message>
        <source>Status, progress, date:</source>
        <translation>Status, progress, date:</translation>
    </message>
    <message>
        <source>What changed:</source>
        <translation>What changed:</translation>
    </message>
    <message>
        <source>Evidence, reported by:</source>
        <translation>Evidence, reported by:</translation>
    </message>
    <message>
        <source>Reason if declined:</source>
        <translation>Reason if declined:</translation>
    </message>
    <message>
        <source>Forwarded to:</source>
        <translation>Forwarded to:</translation>
    </message>
    <message>
        <source>Feedback sheets to print (PDF)…</source>
        <translation>Feedback sheets to print (PDF)…</translation>
    </message>
    <message>
        <source>Feedback sheets to print</source>
        <translation>Feedback sheets to print</translation>
    </message>
    <message>
        <source>Programme report (PDF)…</source>
        <translation>Programme report (PDF)…</translation>
    </message>
    <message>
        <source>(no programme)</source>
        <translation>(no programme)</translation>
    </message>
    <message>
        <source>evidence: {evidence}</source>
        <translation>evidence: {evidence}</translation>
    </message>
    <message>
        <source>Answer received: {answer}</source>
        <translation>Answer received: {answer}</translation>
    </message>
    <message>
        <source>Name of the programme (e.g. Resilient Cities — Lyon 2026):</source>
        <translation>Name of the programme (e.g. Resilient Cities — Lyon 2026):</translation>
    </message>
    <message>
        <source>The answer received from {body}:</source>
        <translation>The answer received from {body}:</translation>
    </message>
    <message>
        <source>Folder for the feedback sheets</source>
        <translation>Folder for the feedback sheets</translation>
    </message>
    <message>
        <source>Feedback sheets</source>
        <translation>Feedback sheets</translation>
    </message>
    <message>
        <source>Saved: {files}</source>
        <translation>Saved: {files}</translation>
    </message>
    <message>
        <source>Programme report</source>
        <translation>Programme report</translation>
    </message>
    <message>
        <source>This session is in no programme yet: choose one above.</source>
        <translation>This session is in no programme yet: choose one above.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Programme report saved: {file}</source>
        <translation>Programme report saved: {file}</translation>
    </message>
    <message>
        <source>The programme report could not be saved: {reason}</source>
        <translation>The programme report could not be saved: {reason}</translation>
    </message>
    <message>
        <source>The feedback sheet could not be saved: {reason}</source>
        <translation>The feedback sheet could not be saved: {reason}</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>The commitment in {language}, as it will be shown to participants:</source>
        <translation>The commitment in {language}, as it will be shown to participants:</translation>
    </message>
    <message>
        <source>Experiments</source>
        <translation>Experiments</translation>
    </message>
    <message>
        <source>Micro-experiment</source>
        <translation>Micro-experiment</translation>
    </message>
    <message>
        <source>Hypothesis or expected change</source>
        <translation>Hypothesis or expected change</translation>
    </message>
    <message>
        <source>Target groups</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Separated by commas</translation>
    </message>
    <message>
        <source>Observed changes</source>
        <translation>Observed changes</translation>
    </message>
    <message>
        <source>Success or failure story</source>
        <translation>Success or failure story</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Save the follow-up</source>
        <translation>Save the follow-up</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Hypothesis:</source>
        <translation>Hypothesis:</translation>
    </message>
    <message>
        <source>Target groups:</source>
        <translation>Target groups:</translation>
    </message>
    <message>
        <source>Observed changes:</source>
        <translation>Observed changes:</translation>
    </message>
    <message>
        <source>Story:</source>
        <translation>Story:</translation>
    </message>
    <message>
        <source>Status, recommendation:</source>
        <translation>Status, recommendation:</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Criterion</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>Readings</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Date of the reading</source>
        <translation>Date of the reading</translation>
    </message>
    <message>
        <source>Value, e.g. 12</source>
        <translation>Value, e.g. 12</translation>
    </message>
    <message>
        <source>Note on the reading</source>
        <translation>Note on the reading</translation>
    </message>
    <message>
        <source>Add reading</source>
        <translation>Add reading</translation>
    </message>
    <message>
        <source>Remove reading</source>
        <translation>Remove reading</translation>
    </message>
    <message>
        <source>Readings over time</source>
        <translation>Readings over time</translation>
    </message>
    <message>
        <source>No micro-experiment yet: plan one in the Actions tab.</source>
        <translation>No micro-experiment yet: plan one in the Actions tab.</translation>
    </message>
    <message>
        <source>Target: {target} · measured by: {how}</source>
        <translation>Target: {target} · measured by: {how}</translation>
    </message>
    <message>
        <source>Chart of the readings</source>
        <translation>Chart of the readings</translation>
    </message>
    <message>
        <source>No reading yet</source>
        <translation>No reading yet</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Parking lot</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Mixed results</source>
        <translation>Mixed results</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Not decided yet</translation>
    </message>
    <message>
        <source>Scale up</source>
        <translation>Scale up</translation>
    </message>
    <message>
        <source>Adapt</source>
        <translation>Adapt</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Not marked yet</source>
        <translation>Not marked yet</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>Partly met</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Not met</translation>
    </message>
    <message>
        <source>Out of the city&apos;s competence</source>
        <translation>Out of the city&apos;s competence</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Outcomes</translation>
    </message>
    <message>
        <source>Expectations and their outcome</source>
        <translation>Expectations and their outcome</translation>
    </message>
    <message>
        <source>What people came for</source>
        <translation>What people came for</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Where it went</source>
        <translation>Where it went</translation>
    </message>
    <message>
        <source>Its parking-lot item</source>
        <translation>Its parking-lot item</translation>
    </message>
    <message>
        <source>Mark the selected expectation</source>
        <translation>Mark the selected expectation</translation>
    </message>
    <message>
        <source>Counts by outcome and group</source>
        <translation>Counts by outcome and group</translation>
    </message>
    <message>
        <source>Bridging share</source>
        <translation>Bridging share</translation>
    </message>
    <message>
        <source>Ideas that bridge the groups</source>
        <translation>Ideas that bridge the groups</translation>
    </message>
    <message>
        <source>Share of each group&apos;s dots, at least:</source>
        <translation>Share of each group&apos;s dots, at least:</translation>
    </message>
    <message>
        <source>Not shown by group, fewer than 5 people: {groups}</source>
        <translation>Not shown by group, fewer than 5 people: {groups}</translation>
    </message>
    <message>
        <source>{round}: not computed, a group had fewer than 5 voters</source>
        <translation>{round}: not computed, a group had fewer than 5 voters</translation>
    </message>
    <message>
        <source>{round}: no idea reached this share in both groups</source>
        <translation>{round}: no idea reached this share in both groups</translation>
    </message>
    <message>
        <source>{idea} — local actors {local} %, newcomers {newcomers} %</source>
        <translation>{idea} — local actors {local} %, newcomers {newcomers} %</translation>
    </message>
</context>
</TS>
