<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountIdentity</name>
    <message>
        <source>the portal did not say who you are</source>
        <translation>the portal did not say who you are</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write NAME:ROLE[:ISTAT,ISTAT…], the role being authority, expert or coordinator</source>
        <translation>&apos;%1&apos;: write NAME:ROLE[:ISTAT,ISTAT…], the role being authority, expert or coordinator</translation>
    </message>
</context>
<context>
    <name>AuthoritySummaries</name>
    <message>
        <source>Cannot read the authorities: %1</source>
        <translation>Cannot read the authorities: %1</translation>
    </message>
    <message>
        <source>Cannot count the case files: %1</source>
        <translation>Cannot count the case files: %1</translation>
    </message>
    <message>
        <source>Cannot compute the backlog of %1: %2</source>
        <translation>Cannot compute the backlog of %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the targets: %1</source>
        <translation>Cannot read the targets: %1</translation>
    </message>
</context>
<context>
    <name>CaseFileCommands</name>
    <message>
        <source>The case file no longer exists: it was deleted, here or by a sync.</source>
        <translation>The case file no longer exists: it was deleted, here or by a sync.</translation>
    </message>
    <message>
        <source>Meanwhile %1 changed (by another edit or a sync): reopen the case file to see its current values.</source>
        <translation>Meanwhile %1 changed (by another edit or a sync): reopen the case file to see its current values.</translation>
    </message>
</context>
<context>
    <name>CaseFileField</name>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Protocol number</source>
        <translation>Protocol number</translation>
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
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Services conference</source>
        <translation>Services conference</translation>
    </message>
    <message>
        <source>Suspensions</source>
        <translation>Suspensions</translation>
    </message>
    <message>
        <source>Responsible officer</source>
        <translation>Responsible officer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>CaseFileUndoCommand</name>
    <message>
        <source>create case file %1</source>
        <translation>create case file %1</translation>
    </message>
    <message>
        <source>edit of case file %1</source>
        <translation>edit of case file %1</translation>
    </message>
    <message>
        <source>delete case file %1</source>
        <translation>delete case file %1</translation>
    </message>
    <message>
        <source>Cannot undo “%1”: %2</source>
        <translation>Cannot undo “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot redo “%1”: %2</source>
        <translation>Cannot redo “%1”: %2</translation>
    </message>
</context>
<context>
    <name>CaseFileValidator</name>
    <message>
        <source>Another case file of this authority already has protocol number %1 (started on %2).</source>
        <translation>Another case file of this authority already has protocol number %1 (started on %2).</translation>
    </message>
    <message>
        <source>Choose the authority the case file belongs to.</source>
        <translation>Choose the authority the case file belongs to.</translation>
    </message>
    <message>
        <source>There is no authority with ISTAT code %1.</source>
        <translation>There is no authority with ISTAT code %1.</translation>
    </message>
    <message>
        <source>Choose the procedure.</source>
        <translation>Choose the procedure.</translation>
    </message>
    <message>
        <source>%1 is not one of the monitored procedures.</source>
        <translation>%1 is not one of the monitored procedures.</translation>
    </message>
    <message>
        <source>%1 does not handle this procedure: it belongs to %2.</source>
        <translation>%1 does not handle this procedure: it belongs to %2.</translation>
    </message>
    <message>
        <source>Enter the protocol number.</source>
        <translation>Enter the protocol number.</translation>
    </message>
    <message>
        <source>Enter the date the application was received.</source>
        <translation>Enter the date the application was received.</translation>
    </message>
    <message>
        <source>The start date is after today.</source>
        <translation>The start date is after today.</translation>
    </message>
    <message>
        <source>The end date comes before the start date (%1).</source>
        <translation>The end date comes before the start date (%1).</translation>
    </message>
    <message>
        <source>The end date is after today.</source>
        <translation>The end date is after today.</translation>
    </message>
    <message>
        <source>A case file with an outcome needs the date it ended.</source>
        <translation>A case file with an outcome needs the date it ended.</translation>
    </message>
    <message>
        <source>Say how the case file ended: express decision, tacit approval or withdrawn.</source>
        <translation>Say how the case file ended: express decision, tacit approval or withdrawn.</translation>
    </message>
    <message>
        <source>Suspension %1: enter both dates, or only a number of days.</source>
        <translation>Suspension %1: enter both dates, or only a number of days.</translation>
    </message>
    <message>
        <source>Suspension %1 ends before it begins.</source>
        <translation>Suspension %1 ends before it begins.</translation>
    </message>
    <message>
        <source>Suspension %1 begins before the case file started.</source>
        <translation>Suspension %1 begins before the case file started.</translation>
    </message>
    <message>
        <source>Suspension %1 ends after the case file ended.</source>
        <translation>Suspension %1 ends after the case file ended.</translation>
    </message>
    <message>
        <source>Suspension %1: enter its dates or its number of days.</source>
        <translation>Suspension %1: enter its dates or its number of days.</translation>
    </message>
    <message>
        <source>Suspension %1: %2 days is too long.</source>
        <translation>Suspension %1: %2 days is too long.</translation>
    </message>
    <message>
        <source>The protocol number cannot be checked: the store cannot be read (%1).</source>
        <translation>The protocol number cannot be checked: the store cannot be read (%1).</translation>
    </message>
    <message>
        <source>The authorities and procedures cannot be read from the store: %1</source>
        <translation>The authorities and procedures cannot be read from the store: %1</translation>
    </message>
</context>
<context>
    <name>DomainLabels</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Express decision</source>
        <translation>Express decision</translation>
    </message>
    <message>
        <source>Tacit approval</source>
        <translation>Tacit approval</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Open, suspended</source>
        <translation>Open, suspended</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Withdrawn (request)</source>
        <translation>Withdrawn (request)</translation>
    </message>
    <message>
        <source>Technical assistance</source>
        <translation>Technical assistance</translation>
    </message>
    <message>
        <source>Legal assistance</source>
        <translation>Legal assistance</translation>
    </message>
    <message>
        <source>Specialist coaching</source>
        <translation>Specialist coaching</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Focus group</source>
        <translation>Focus group</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Case file</translation>
    </message>
    <message>
        <source>Support request</source>
        <translation>Support request</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 is empty</translation>
    </message>
    <message>
        <source>comuni-lombardia.csv line %1: ISTAT code &apos;%2&apos; is not 6 digits</source>
        <translation>comuni-lombardia.csv line %1: ISTAT code &apos;%2&apos; is not 6 digits</translation>
    </message>
    <message>
        <source>procedure-terms.csv: unknown procedure &apos;%1&apos; or bad date</source>
        <translation>procedure-terms.csv: unknown procedure &apos;%1&apos; or bad date</translation>
    </message>
    <message>
        <source>Case file %1 does not exist</source>
        <translation>Case file %1 does not exist</translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation>Cannot open the store %1: %2</translation>
    </message>
    <message>
        <source>Cannot configure the store %1: %2</source>
        <translation>Cannot configure the store %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <source>Cannot create the store %1: %2</source>
        <translation>Cannot create the store %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PAsS Desktop store (not an SQLite database).</source>
        <translation>%1 is not a PAsS Desktop store (not an SQLite database).</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer version of PAsS Desktop (schema %2; this version knows up to %3). It was not modified: please update PAsS Desktop.</source>
        <translation>The store %1 was written by a newer version of PAsS Desktop (schema %2; this version knows up to %3). It was not modified: please update PAsS Desktop.</translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Cannot read the schema version: %1</translation>
    </message>
    <message>
        <source>Upgrading the store to version %1 failed: %2</source>
        <translation>Upgrading the store to version %1 failed: %2</translation>
    </message>
    <message>
        <source>Cannot start a write to the store: %1</source>
        <translation>Cannot start a write to the store: %1</translation>
    </message>
    <message>
        <source>Cannot save to the store: %1</source>
        <translation>Cannot save to the store: %1</translation>
    </message>
    <message>
        <source>The store&apos;s SQLite handle is not available for bulk writing</source>
        <translation>The store&apos;s SQLite handle is not available for bulk writing</translation>
    </message>
    <message>
        <source>Case file %1 (%2): %3</source>
        <translation>Case file %1 (%2): %3</translation>
    </message>
    <message>
        <source>No authorities to generate demo data for</source>
        <translation>No authorities to generate demo data for</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Cannot write the export: %1</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export cancelled</translation>
    </message>
    <message>
        <source>subject: a support request needs a subject</source>
        <translation>subject: a support request needs a subject</translation>
    </message>
    <message>
        <source>status: a request cannot go from %1 to %2</source>
        <translation>status: a request cannot go from %1 to %2</translation>
    </message>
    <message>
        <source>date: a visit needs its date</source>
        <translation>date: a visit needs its date</translation>
    </message>
    <message>
        <source>Unknown entity %1</source>
        <translation>Unknown entity %1</translation>
    </message>
    <message>
        <source>no column for %1 (looked for: %2); map one in the mapping</source>
        <translation>no column for %1 (looked for: %2); map one in the mapping</translation>
    </message>
    <message>
        <source>no column for authority_istat: map one or give the authority (--authority)</source>
        <translation>no column for authority_istat: map one or give the authority (--authority)</translation>
    </message>
    <message>
        <source>%1, header: %2</source>
        <translation>%1, header: %2</translation>
    </message>
    <message>
        <source>cannot write the rejected rows to %1: %2</source>
        <translation>cannot write the rejected rows to %1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice in this file for authority %2 (first at %3)</source>
        <translation>&apos;%1&apos; appears twice in this file for authority %2 (first at %3)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <source>this is a ZIP archive (an Excel workbook?), not a CSV file</source>
        <translation>this is a ZIP archive (an Excel workbook?), not a CSV file</translation>
    </message>
    <message>
        <source>the file looks like UTF-16 text without a byte order mark: choose the UTF-16 encoding or save it as CSV UTF-8</source>
        <translation>the file looks like UTF-16 text without a byte order mark: choose the UTF-16 encoding or save it as CSV UTF-8</translation>
    </message>
    <message>
        <source>the file contains binary data (NUL bytes): it is not a CSV text file</source>
        <translation>the file contains binary data (NUL bytes): it is not a CSV text file</translation>
    </message>
    <message>
        <source>the file contains binary data (control characters): it is not a CSV text file</source>
        <translation>the file contains binary data (control characters): it is not a CSV text file</translation>
    </message>
    <message>
        <source>the file ends in the middle of a UTF-16 character</source>
        <translation>the file ends in the middle of a UTF-16 character</translation>
    </message>
    <message>
        <source>the file is not valid UTF-16 text</source>
        <translation>the file is not valid UTF-16 text</translation>
    </message>
    <message>
        <source>%1, %2: the bytes are not valid UTF-8; the file is probably Windows-1252 (ANSI): choose that encoding</source>
        <translation>%1, %2: the bytes are not valid UTF-8; the file is probably Windows-1252 (ANSI): choose that encoding</translation>
    </message>
    <message>
        <source>%1, %2: a quoted field is never closed (unterminated quote)</source>
        <translation>%1, %2: a quoted field is never closed (unterminated quote)</translation>
    </message>
    <message>
        <source>%1: the record is longer than 1 MiB; a quote is probably never closed</source>
        <translation>%1: the record is longer than 1 MiB; a quote is probably never closed</translation>
    </message>
    <message>
        <source>%1: the record is longer than 1 MiB</source>
        <translation>%1: the record is longer than 1 MiB</translation>
    </message>
    <message>
        <source>%1, %2: binary data (a NUL byte) in a text file</source>
        <translation>%1, %2: binary data (a NUL byte) in a text file</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>CSV, separator &apos;%1&apos;, encoding %2</source>
        <translation>CSV, separator &apos;%1&apos;, encoding %2</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <source>Header: %1</source>
        <translation>Header: %1</translation>
    </message>
    <message>
        <source>Error: %1: %2</source>
        <translation>Error: %1: %2</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Rows: %1 read, %2 new, %3 updated, %4 unchanged, %5 rejected</source>
        <translation>Rows: %1 read, %2 new, %3 updated, %4 unchanged, %5 rejected</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Cancelled: nothing was changed.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Dry run: nothing was changed.</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>Applied.</translation>
    </message>
    <message>
        <source>Not applied: some rows were rejected and the import was all-or-nothing; nothing was changed.</source>
        <translation>Not applied: some rows were rejected and the import was all-or-nothing; nothing was changed.</translation>
    </message>
    <message>
        <source>Unknown value for %1: &apos;%2&apos; (rows: %3)</source>
        <translation>Unknown value for %1: &apos;%2&apos; (rows: %3)</translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation>… and %1 more problems</translation>
    </message>
    <message>
        <source>Rejected rows written to %1</source>
        <translation>Rejected rows written to %1</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>cannot open the file: %1</translation>
    </message>
    <message>
        <source>the file has no rows</source>
        <translation>the file has no rows</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>cannot create %1</translation>
    </message>
    <message>
        <source>cannot read the mapping %1: %2</source>
        <translation>cannot read the mapping %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an import mapping: %2</source>
        <translation>%1 is not an import mapping: %2</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>unknown format</translation>
    </message>
    <message>
        <source>no authority is named &apos;%1&apos;</source>
        <translation>no authority is named &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown procedure &apos;%1&apos;: choose its catalogue code in the mapping</source>
        <translation>unknown procedure &apos;%1&apos;: choose its catalogue code in the mapping</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>&apos;%1&apos; is not yes or no</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date</source>
        <translation>&apos;%1&apos; is not a date</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an outcome, not a date: the end date is missing</source>
        <translation>&apos;%1&apos; is an outcome, not a date: the end date is missing</translation>
    </message>
    <message>
        <source>unknown outcome &apos;%1&apos;: say in the mapping whether it means express, tacit, withdrawn or open</source>
        <translation>unknown outcome &apos;%1&apos;: say in the mapping whether it means express, tacit, withdrawn or open</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not say whether the terms were suspended</source>
        <translation>&apos;%1&apos; does not say whether the terms were suspended</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of days</source>
        <translation>&apos;%1&apos; is not a number of days</translation>
    </message>
    <message>
        <source>cannot read %1 in the workbook (damaged ZIP)</source>
        <translation>cannot read %1 in the workbook (damaged ZIP)</translation>
    </message>
    <message>
        <source>%1 in the workbook is too large</source>
        <translation>%1 in the workbook is too large</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes): not an Excel workbook</source>
        <translation>the file is empty (0 bytes): not an Excel workbook</translation>
    </message>
    <message>
        <source>the file is not a valid ZIP archive (damaged, truncated or another format), so it is not an XLSX workbook</source>
        <translation>the file is not a valid ZIP archive (damaged, truncated or another format), so it is not an XLSX workbook</translation>
    </message>
    <message>
        <source>the ZIP archive has no xl/workbook.xml: it is not an Excel workbook (an .xls from Excel 97–2003 must be saved as .xlsx first)</source>
        <translation>the ZIP archive has no xl/workbook.xml: it is not an Excel workbook (an .xls from Excel 97–2003 must be saved as .xlsx first)</translation>
    </message>
    <message>
        <source>xl/workbook.xml is not valid XML (line %1): %2</source>
        <translation>xl/workbook.xml is not valid XML (line %1): %2</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>the workbook has no sheets</translation>
    </message>
    <message>
        <source>cannot read xl/sharedStrings.xml (damaged ZIP)</source>
        <translation>cannot read xl/sharedStrings.xml (damaged ZIP)</translation>
    </message>
    <message>
        <source>the workbook&apos;s shared strings exceed %1 million characters</source>
        <translation>the workbook&apos;s shared strings exceed %1 million characters</translation>
    </message>
    <message>
        <source>xl/sharedStrings.xml is not valid XML (line %1): %2</source>
        <translation>xl/sharedStrings.xml is not valid XML (line %1): %2</translation>
    </message>
    <message>
        <source>the workbook has no sheet named &apos;%1&apos; (sheets: %2)</source>
        <translation>the workbook has no sheet named &apos;%1&apos; (sheets: %2)</translation>
    </message>
    <message>
        <source>the workbook lists sheet &apos;%1&apos; but has no %2</source>
        <translation>the workbook lists sheet &apos;%1&apos; but has no %2</translation>
    </message>
    <message>
        <source>cannot read %1 (damaged ZIP)</source>
        <translation>cannot read %1 (damaged ZIP)</translation>
    </message>
    <message>
        <source>%1: a cell refers to shared string %2, which does not exist</source>
        <translation>%1: a cell refers to shared string %2, which does not exist</translation>
    </message>
    <message>
        <source>%1: column beyond XFD</source>
        <translation>%1: column beyond XFD</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos; is not valid XML (%2, line %3): %4</source>
        <translation>sheet &apos;%1&apos; is not valid XML (%2, line %3): %4</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos; row %2</source>
        <translation>sheet &apos;%1&apos; row %2</translation>
    </message>
    <message>
        <source>XLSX, sheet &apos;%1&apos; of %2</source>
        <translation>XLSX, sheet &apos;%1&apos; of %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>unknown authority &apos;%1&apos;</source>
        <translation>unknown authority &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown procedure &apos;%1&apos;</source>
        <translation>unknown procedure &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing or not a date</source>
        <translation>missing or not a date</translation>
    </message>
    <message>
        <source>%1 is before the start date %2</source>
        <translation>%1 is before the start date %2</translation>
    </message>
    <message>
        <source>a concluded case file needs an outcome (express, tacit or withdrawn)</source>
        <translation>a concluded case file needs an outcome (express, tacit or withdrawn)</translation>
    </message>
    <message>
        <source>a case file with an outcome needs its end date</source>
        <translation>a case file with an outcome needs its end date</translation>
    </message>
    <message>
        <source>a period ends before it starts</source>
        <translation>a period ends before it starts</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
    <message>
        <source>xl/sharedStrings.xml: the compressed data is damaged</source>
        <translation>xl/sharedStrings.xml: the compressed data is damaged</translation>
    </message>
    <message>
        <source>%1: the compressed data is damaged</source>
        <translation>%1: the compressed data is damaged</translation>
    </message>
    <message>
        <source>The store&apos;s SQLite handle is not available</source>
        <translation>The store&apos;s SQLite handle is not available</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice in this file (first at %2)</source>
        <translation>&apos;%1&apos; appears twice in this file (first at %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the id of another case file (authority %2, protocol %3)</source>
        <translation>&apos;%1&apos; is the id of another case file (authority %2, protocol %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case file(s) created, sha256 %2</source>
        <translation>
            <numerusform>%1: %n case file created, sha256 %2</numerusform>
            <numerusform>%1: %n case files created, sha256 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 line %2 (import run %3)</source>
        <translation>%1 line %2 (import run %3)</translation>
    </message>
    <message>
        <source>Demo generation stopped after %1 of %2 case files</source>
        <translation>Demo generation stopped after %1 of %2 case files</translation>
    </message>
    <message>
        <source>the mapping takes %1 from the column &apos;%2&apos;, which this file does not have: %1 is not imported (map it again)</source>
        <translation>the mapping takes %1 from the column &apos;%2&apos;, which this file does not have: %1 is not imported (map it again)</translation>
    </message>
    <message>
        <source>Warning: %1: %2</source>
        <translation>Warning: %1: %2</translation>
    </message>
    <message>
        <source>this is an Excel 97-2003 workbook (.xls): save it as .xlsx or CSV and import that</source>
        <translation>this is an Excel 97-2003 workbook (.xls): save it as .xlsx or CSV and import that</translation>
    </message>
    <message>
        <source>this is an OpenDocument spreadsheet (.ods): save it as .xlsx or CSV and import that</source>
        <translation>this is an OpenDocument spreadsheet (.ods): save it as .xlsx or CSV and import that</translation>
    </message>
    <message>
        <source>The store is not open</source>
        <translation>The store is not open</translation>
    </message>
    <message>
        <source>Case files %1 to %2 (%3): %4</source>
        <translation>Case files %1 to %2 (%3): %4</translation>
    </message>
    <message>
        <source>%1 days of suspension is out of range (0 to 36500)</source>
        <translation>%1 days of suspension is out of range (0 to 36500)</translation>
    </message>
    <message>
        <source>A store already exists at %1</source>
        <translation>A store already exists at %1</translation>
    </message>
    <message>
        <source>Cannot remove the unfinished store %1</source>
        <translation>Cannot remove the unfinished store %1</translation>
    </message>
    <message>
        <source>The store build was not opened</source>
        <translation>The store build was not opened</translation>
    </message>
    <message>
        <source>Cannot switch the new store back to WAL: %1</source>
        <translation>Cannot switch the new store back to WAL: %1</translation>
    </message>
    <message>
        <source>Cannot flush the new store %1 to disk</source>
        <translation>Cannot flush the new store %1 to disk</translation>
    </message>
    <message>
        <source>The new store %1 still has a write-ahead log after closing</source>
        <translation>The new store %1 still has a write-ahead log after closing</translation>
    </message>
    <message>
        <source>A store appeared at %1 while the new one was being built; the new one was discarded</source>
        <translation>A store appeared at %1 while the new one was being built; the new one was discarded</translation>
    </message>
    <message>
        <source>Cannot move the new store to %1</source>
        <translation>Cannot move the new store to %1</translation>
    </message>
    <message>
        <source>The import was not applied and the store is unchanged: %1</source>
        <translation>The import was not applied and the store is unchanged: %1</translation>
    </message>
    <message>
        <source>Changes to existing case files: %1 fields in %2 case files</source>
        <translation>Changes to existing case files: %1 fields in %2 case files</translation>
    </message>
    <message>
        <source>  %1 %2: %3: &apos;%4&apos; → &apos;%5&apos;</source>
        <translation>  %1 %2: %3: &apos;%4&apos; → &apos;%5&apos;</translation>
    </message>
    <message>
        <source>  … and %1 more changes</source>
        <translation>  … and %1 more changes</translation>
    </message>
    <message>
        <source>The import was not applied and the store is unchanged: %1. Free some space, then import the file again.</source>
        <translation>The import was not applied and the store is unchanged: %1. Free some space, then import the file again.</translation>
    </message>
    <message>
        <source>the disk that holds the store is full (%1)</source>
        <translation>the disk that holds the store is full (%1)</translation>
    </message>
    <message>
        <source>the store could not be written, a disk error (%1)</source>
        <translation>the store could not be written, a disk error (%1)</translation>
    </message>
    <message>
        <source>The period starts after it ends</source>
        <translation>The period starts after it ends</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>The due date must come after the baseline semester %1</source>
        <translation>The due date must come after the baseline semester %1</translation>
    </message>
    <message>
        <source>Reductions are percentages between 0 and 100</source>
        <translation>Reductions are percentages between 0 and 100</translation>
    </message>
    <message>
        <source>Milestone %1: milestones must be in date order, after the baseline semester and before the due date %2</source>
        <translation>Milestone %1: milestones must be in date order, after the baseline semester and before the due date %2</translation>
    </message>
    <message>
        <source>Milestone %1: reductions are percentages between 0 and 100</source>
        <translation>Milestone %1: reductions are percentages between 0 and 100</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>The store %1 was not upgraded: a backup copy could not be made first (%2)</source>
        <translation>The store %1 was not upgraded: a backup copy could not be made first (%2)</translation>
    </message>
    <message>
        <source>The backup cannot replace the store itself</source>
        <translation>The backup cannot replace the store itself</translation>
    </message>
    <message>
        <source>%1 is not a PAsS Desktop store</source>
        <translation>%1 is not a PAsS Desktop store</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of PAsS Desktop (schema %2; this version knows up to %3)</source>
        <translation>%1 was written by a newer version of PAsS Desktop (schema %2; this version knows up to %3)</translation>
    </message>
    <message>
        <source>Nothing was restored: the current store could not be copied first (%1)</source>
        <translation>Nothing was restored: the current store could not be copied first (%1)</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 does not exist</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database: %2</source>
        <translation>%1 is not an SQLite database: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <source>Cannot copy the store to %1: %2</source>
        <translation>Cannot copy the store to %1: %2</translation>
    </message>
    <message>
        <source>Cannot move the copy to %1</source>
        <translation>Cannot move the copy to %1</translation>
    </message>
    <message>
        <source>%1 is not a PAsS Desktop store (no schema)</source>
        <translation>%1 is not a PAsS Desktop store (no schema)</translation>
    </message>
    <message>
        <source>Cannot restore %1: %2</source>
        <translation>Cannot restore %1: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: the file is empty</translation>
    </message>
    <message>
        <source>the content does not match its SHA-256 %1</source>
        <translation>the content does not match its SHA-256 %1</translation>
    </message>
    <message>
        <source>document %1: request, size and SHA-256 are needed</source>
        <translation>document %1: request, size and SHA-256 are needed</translation>
    </message>
    <message>
        <source>the store cannot be read</source>
        <translation>the store cannot be read</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unknown error</translation>
    </message>
    <message>
        <source>A case_stats value does not fit the snapshot</source>
        <translation>A case_stats value does not fit the snapshot</translation>
    </message>
    <message>
        <source>The store could not be put back as it was (%1); its previous content is in %2</source>
        <translation>The store could not be put back as it was (%1); its previous content is in %2</translation>
    </message>
    <message>
        <source>the authorities cannot be read from the store: %1</source>
        <translation>the authorities cannot be read from the store: %1</translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>assigned</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>technical assistance</source>
        <translation>technical assistance</translation>
    </message>
    <message>
        <source>legal assistance</source>
        <translation>legal assistance</translation>
    </message>
    <message>
        <source>specialist coaching</source>
        <translation>specialist coaching</translation>
    </message>
    <message>
        <source>training</source>
        <translation>training</translation>
    </message>
    <message>
        <source>focus group</source>
        <translation>focus group</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
    <message>
        <source>on site</source>
        <translation>on site</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>remote</translation>
    </message>
    <message>
        <source>awaiting confirmation</source>
        <translation>awaiting confirmation</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>disputed</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>authority</translation>
    </message>
    <message>
        <source>task force</source>
        <translation>task force</translation>
    </message>
    <message>
        <source>procedures</source>
        <translation>procedures</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>subject</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priority</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>assigned experts</source>
        <translation>assigned experts</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>closing summary</source>
        <translation>closing summary</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participants</translation>
    </message>
    <message>
        <source>what was done</source>
        <translation>what was done</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>end</source>
        <translation>end</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>follow-ups</translation>
    </message>
    <message>
        <source>confirmation</source>
        <translation>confirmation</translation>
    </message>
    <message>
        <source>confirmation note</source>
        <translation>confirmation note</translation>
    </message>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
</context>
<context>
    <name>RequestService</name>
    <message>
        <source>there is no support request %1</source>
        <translation>there is no support request %1</translation>
    </message>
    <message>
        <source>a comment needs some text</source>
        <translation>a comment needs some text</translation>
    </message>
    <message>
        <source>a visit stays with its request</source>
        <translation>a visit stays with its request</translation>
    </message>
    <message>
        <source>date: a visit needs its date</source>
        <translation>date: a visit needs its date</translation>
    </message>
    <message>
        <source>end: the visit ends before it starts</source>
        <translation>end: the visit ends before it starts</translation>
    </message>
    <message>
        <source>hours: between 0 and 24, or a start and an end time</source>
        <translation>hours: between 0 and 24, or a start and an end time</translation>
    </message>
    <message>
        <source>follow-ups: each needs what is to be done</source>
        <translation>follow-ups: each needs what is to be done</translation>
    </message>
    <message>
        <source>there is no visit %1</source>
        <translation>there is no visit %1</translation>
    </message>
</context>
<context>
    <name>RequestWorkflow</name>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>only a user of the authority can create its requests</source>
        <translation>only a user of the authority can create its requests</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>only a user of the request&apos;s authority can edit a draft</source>
        <translation>only a user of the request&apos;s authority can edit a draft</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>only a user of the request&apos;s authority can submit it</source>
        <translation>only a user of the request&apos;s authority can submit it</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>only a user of the request&apos;s authority can withdraw it</source>
        <translation>only a user of the request&apos;s authority can withdraw it</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>only the technical secretariat can accept a request</source>
        <translation>only the technical secretariat can accept a request</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>only the technical secretariat can reject a request</source>
        <translation>only the technical secretariat can reject a request</translation>
    </message>
    <message>
        <source>Assign experts</source>
        <translation>Assign experts</translation>
    </message>
    <message>
        <source>only the technical secretariat can assign experts</source>
        <translation>only the technical secretariat can assign experts</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>only an expert assigned to the request can start it</source>
        <translation>only an expert assigned to the request can start it</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>only an expert assigned to the request can complete it</source>
        <translation>only an expert assigned to the request can complete it</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>only someone who can read the request can comment on it</source>
        <translation>only someone who can read the request can comment on it</translation>
    </message>
    <message>
        <source>Log a visit</source>
        <translation>Log a visit</translation>
    </message>
    <message>
        <source>only an expert assigned to the request can log its visits</source>
        <translation>only an expert assigned to the request can log its visits</translation>
    </message>
    <message>
        <source>Confirm the visit</source>
        <translation>Confirm the visit</translation>
    </message>
    <message>
        <source>only a user of the request&apos;s authority can confirm a visit</source>
        <translation>only a user of the request&apos;s authority can confirm a visit</translation>
    </message>
    <message>
        <source>Dispute the visit</source>
        <translation>Dispute the visit</translation>
    </message>
    <message>
        <source>only a user of the request&apos;s authority can dispute a visit</source>
        <translation>only a user of the request&apos;s authority can dispute a visit</translation>
    </message>
    <message>
        <source>a reason is required to reject a request</source>
        <translation>a reason is required to reject a request</translation>
    </message>
    <message>
        <source>a reason is required to withdraw a request once accepted</source>
        <translation>a reason is required to withdraw a request once accepted</translation>
    </message>
    <message>
        <source>a closing summary is required to complete a request</source>
        <translation>a closing summary is required to complete a request</translation>
    </message>
    <message>
        <source>a note is required to dispute a visit</source>
        <translation>a note is required to dispute a visit</translation>
    </message>
    <message>
        <source>assign at least one expert</source>
        <translation>assign at least one expert</translation>
    </message>
    <message>
        <source>%1 is not an expert assigned to authority %2</source>
        <translation>%1 is not an expert assigned to authority %2</translation>
    </message>
    <message>
        <source>%1: not possible, the request is %2</source>
        <translation>%1: not possible, the request is %2</translation>
    </message>
    <message>
        <source>there is no such visit</source>
        <translation>there is no such visit</translation>
    </message>
    <message>
        <source>experts log and edit only their own visits</source>
        <translation>experts log and edit only their own visits</translation>
    </message>
    <message>
        <source>a confirmed visit can no longer be changed</source>
        <translation>a confirmed visit can no longer be changed</translation>
    </message>
    <message>
        <source>%1 does not change the request&apos;s status</source>
        <translation>%1 does not change the request&apos;s status</translation>
    </message>
    <message>
        <source>a request cannot go from %1 back to %2</source>
        <translation>a request cannot go from %1 back to %2</translation>
    </message>
    <message>
        <source>an accepted request becomes assigned with its experts</source>
        <translation>an accepted request becomes assigned with its experts</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
</context>
<context>
    <name>SyncReadProblem</name>
    <message>
        <source>Sync state unreadable</source>
        <translation>Sync state unreadable</translation>
    </message>
    <message>
        <source>The sync state could not be read from the store file, so the edits to send, the conflicts and the refused edits cannot be shown now. Nothing is lost: they stay in the store.</source>
        <translation>The sync state could not be read from the store file, so the edits to send, the conflicts and the refused edits cannot be shown now. Nothing is lost: they stay in the store.</translation>
    </message>
    <message>
        <source>The sync conflicts could not be read from the store file, so none can be shown or resolved now. Nothing is lost: they stay in the store.</source>
        <translation>The sync conflicts could not be read from the store file, so none can be shown or resolved now. Nothing is lost: they stay in the store.</translation>
    </message>
    <message>
        <source>Close any other program that may be using the store file and start PAsS Desktop again; if it happens again, tell your IT department.</source>
        <translation>Close any other program that may be using the store file and start PAsS Desktop again; if it happens again, tell your IT department.</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Detail: %1</translation>
    </message>
    <message>
        <source>Some of the records these conflicts are about could not be read from the store file, so they are shown by their code. You can still choose which version to keep.</source>
        <translation>Some of the records these conflicts are about could not be read from the store file, so they are shown by their code. You can still choose which version to keep.</translation>
    </message>
</context>
<context>
    <name>SystemPresets</name>
    <message>
        <source>Ignored the preset %1 = &quot;%2&quot; in %3: %4.</source>
        <translation>Ignored the preset %1 = &quot;%2&quot; in %3: %4.</translation>
    </message>
    <message>
        <source>it must be an http:// or https:// address</source>
        <translation>it must be an http:// or https:// address</translation>
    </message>
    <message>
        <source>it must be a number of minutes from 1 to %1</source>
        <translation>it must be a number of minutes from 1 to %1</translation>
    </message>
    <message>
        <source>it must be true or false (1 or 0)</source>
        <translation>it must be true or false (1 or 0)</translation>
    </message>
</context>
<context>
    <name>Timesheet</name>
    <message>
        <source>cannot write %1</source>
        <translation>cannot write %1</translation>
    </message>
</context>
<context>
    <name>ViewRegistry</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>Case files</translation>
    </message>
    <message>
        <source>Every monitored case file</source>
        <translation>Every monitored case file</translation>
    </message>
    <message>
        <source>Support requests</source>
        <translation>Support requests</translation>
    </message>
    <message>
        <source>Requests to the task forces</source>
        <translation>Requests to the task forces</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Experts&apos; visits and activities</source>
        <translation>Experts&apos; visits and activities</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>Authorities</translation>
    </message>
    <message>
        <source>Comuni and province in scope</source>
        <translation>Comuni and province in scope</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Portal account, queues and log</source>
        <translation>Portal account, queues and log</translation>
    </message>
    <message>
        <source>Backlog and times against baseline and target</source>
        <translation>Backlog and times against baseline and target</translation>
    </message>
    <message>
        <source>Deadline watch</source>
        <translation>Deadline watch</translation>
    </message>
    <message>
        <source>Case files about to pass their legal term</source>
        <translation>Case files about to pass their legal term</translation>
    </message>
    <message>
        <source>Bottlenecks</source>
        <translation>Bottlenecks</translation>
    </message>
    <message>
        <source>Where case files pile up</source>
        <translation>Where case files pile up</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PAsS Desktop</source>
        <translation>PAsS Desktop</translation>
    </message>
    <message>
        <source>PAsS Desktop: the monitored case files, the DFP indicators and the backlog chart of the PNRR &quot;1000 esperti&quot; programme, offline.</source>
        <translation>PAsS Desktop: the monitored case files, the DFP indicators and the backlog chart of the PNRR &quot;1000 esperti&quot; programme, offline.</translation>
    </message>
    <message>
        <source>Use the store at &lt;path&gt; instead of the default one.</source>
        <translation>Use the store at &lt;path&gt; instead of the default one.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>Fill the store with demo data if it has no case files.</source>
        <translation>Fill the store with demo data if it has no case files.</translation>
    </message>
    <message>
        <source>User interface language: it (default) or en.</source>
        <translation>User interface language: it (default) or en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Print the time from start to an interactive window (for benchmarks).</source>
        <translation>Print the time from start to an interactive window (for benchmarks).</translation>
    </message>
    <message>
        <source>Quit as soon as the window is interactive (for benchmarks).</source>
        <translation>Quit as soon as the window is interactive (for benchmarks).</translation>
    </message>
    <message>
        <source>Creating the demo data…</source>
        <translation>Creating the demo data…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Open the window, say whether it was shown, and quit (to check an installation).</source>
        <translation>Open the window, say whether it was shown, and quit (to check an installation).</translation>
    </message>
    <message>
        <source>Save a picture of every view and dialog into &lt;folder&gt; and quit (for the documentation).</source>
        <translation>Save a picture of every view and dialog into &lt;folder&gt; and quit (for the documentation).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
</context>
<context>
    <name>pass</name>
    <message>
        <source>Could not keep case_file %1 from the portal: case file %2 of authority %3 has the same protocol number %4</source>
        <translation>Could not keep case_file %1 from the portal: case file %2 of authority %3 has the same protocol number %4</translation>
    </message>
</context>
<context>
    <name>pass::AboutBox</name>
    <message>
        <source>Third-party &amp;notices…</source>
        <translation>Third-party &amp;notices…</translation>
    </message>
    <message>
        <source>&amp;Licence (EUPL-1.2)…</source>
        <translation>&amp;Licence (EUPL-1.2)…</translation>
    </message>
    <message>
        <source>About PAsS Desktop</source>
        <translation>About PAsS Desktop</translation>
    </message>
    <message>
        <source>Show the third-party notices</source>
        <translation>Show the third-party notices</translation>
    </message>
    <message>
        <source>Show the licence</source>
        <translation>Show the licence</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Third-party notices</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PAsS Desktop %1&lt;/h3&gt;&lt;p&gt;The offline client of the PAsS platform (PNRR ASsistenza e Supporto) for the authorities and the experts of the PNRR &quot;1000 esperti&quot; programme.&lt;/p&gt;&lt;p&gt;It keeps the monitored case files in a local store, computes the DFP semester indicators (DPCM 12 November 2021, Annex B) and shows the backlog against the baseline and the target.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PAsS Desktop %1&lt;/h3&gt;&lt;p&gt;The offline client of the PAsS platform (PNRR ASsistenza e Supporto) for the authorities and the experts of the PNRR &quot;1000 esperti&quot; programme.&lt;/p&gt;&lt;p&gt;It keeps the monitored case files in a local store, computes the DFP semester indicators (DPCM 12 November 2021, Annex B) and shows the backlog against the baseline and the target.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Qt %1 · SQLite %2 · store schema %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qt %1 · SQLite %2 · store schema %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Licensed under the European Union Public Licence v. 1.2 (EUPL-1.2). The libraries it uses keep their own licences: see the third-party notices.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Licensed under the European Union Public Licence v. 1.2 (EUPL-1.2). The libraries it uses keep their own licences: see the third-party notices.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>pass::AuthoritiesView</name>
    <message>
        <source>Only piccoli comuni (up to 5,000 inhabitants)</source>
        <translation>Only piccoli comuni (up to 5,000 inhabitants)</translation>
    </message>
    <message>
        <source>Show only this authority</source>
        <translation>Show only this authority</translation>
    </message>
    <message>
        <source>All authorities</source>
        <translation>All authorities</translation>
    </message>
    <message>
        <source>Search by name or ISTAT code</source>
        <translation>Search by name or ISTAT code</translation>
    </message>
    <message>
        <source>Search authorities</source>
        <translation>Search authorities</translation>
    </message>
    <message>
        <source>Authorities in your scope</source>
        <translation>Authorities in your scope</translation>
    </message>
    <message>
        <source>Show only the chosen authority</source>
        <translation>Show only the chosen authority</translation>
    </message>
    <message numerus="yes">
        <source>%n authority(ies) in your scope. Overdue: open case files past their legal term today. Backlog: the DFP figure (gross calendar days) at the end of %1 (baseline) and of %2 (running semester, as of today).</source>
        <translation>
            <numerusform>%n authority in your scope. Overdue: open case files past their legal term today. Backlog: the DFP figure (gross calendar days) at the end of %1 (baseline) and of %2 (running semester, as of today).</numerusform>
            <numerusform>%n authorities in your scope. Overdue: open case files past their legal term today. Backlog: the DFP figure (gross calendar days) at the end of %1 (baseline) and of %2 (running semester, as of today).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the authorities…</source>
        <translation>Reading the authorities…</translation>
    </message>
    <message>
        <source>All authorities are shown in the other views.</source>
        <translation>All authorities are shown in the other views.</translation>
    </message>
    <message>
        <source>The other views show only %1 (%2).</source>
        <translation>The other views show only %1 (%2).</translation>
    </message>
</context>
<context>
    <name>pass::AuthorityTableModel</name>
    <message>
        <source>1 (pilot)</source>
        <translation>1 (pilot)</translation>
    </message>
    <message>
        <source>Piccolo comune: up to 5,000 inhabitants (law 158/2017)</source>
        <translation>Piccolo comune: up to 5,000 inhabitants (law 158/2017)</translation>
    </message>
    <message>
        <source>Backlog %1 in %2 against %3 at the baseline %4</source>
        <translation>Backlog %1 in %2 against %3 at the baseline %4</translation>
    </message>
    <message>
        <source>Open case files past their legal term today</source>
        <translation>Open case files past their legal term today</translation>
    </message>
    <message>
        <source>DFP backlog (gross calendar days): open case files past their legal term at the end of the semester</source>
        <translation>DFP backlog (gross calendar days): open case files past their legal term at the end of the semester</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Concluded</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>ISTAT
code</source>
        <translation>ISTAT
code</translation>
    </message>
    <message>
        <source>Piccolo
comune</source>
        <translation>Piccolo
comune</translation>
    </message>
    <message>
        <source>PAsS
phase</source>
        <translation>PAsS
phase</translation>
    </message>
    <message>
        <source>Backlog
%1</source>
        <translation>Backlog
%1</translation>
    </message>
</context>
<context>
    <name>pass::BacklogVariant</name>
    <message>
        <source>Backlog net of suspensions</source>
        <translation>Backlog net of suspensions</translation>
    </message>
    <message>
        <source>Gross backlog (DFP, calendar days)</source>
        <translation>Gross backlog (DFP, calendar days)</translation>
    </message>
    <message>
        <source>terms extended by their suspension days</source>
        <translation>terms extended by their suspension days</translation>
    </message>
    <message>
        <source>terms in calendar days, suspensions included (DFP)</source>
        <translation>terms in calendar days, suspensions included (DFP)</translation>
    </message>
</context>
<context>
    <name>pass::BottleneckView</name>
    <message>
        <source>50–100 %</source>
        <translation>50–100 %</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Open case files by age, per procedure</source>
        <translation>Open case files by age, per procedure</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Open case files by age, per authority</source>
        <translation>Open case files by age, per authority</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Pressure</translation>
    </message>
    <message>
        <source>Average duration</source>
        <translation>Average duration</translation>
    </message>
    <message>
        <source>Legal term</source>
        <translation>Legal term</translation>
    </message>
    <message>
        <source>Duration ÷ term</source>
        <translation>Duration ÷ term</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Backlog ÷ started</source>
        <translation>Backlog ÷ started</translation>
    </message>
    <message>
        <source>Authority and procedure by pressure</source>
        <translation>Authority and procedure by pressure</translation>
    </message>
    <message>
        <source>Express decisions with a services conference or suspended terms</source>
        <translation>Express decisions with a services conference or suspended terms</translation>
    </message>
    <message>
        <source>Reading the open case files…</source>
        <translation>Reading the open case files…</translation>
    </message>
    <message>
        <source>The figures cannot be computed: %1</source>
        <translation>The figures cannot be computed: %1</translation>
    </message>
    <message>
        <source>Where to go f&amp;irst: authority × procedure by pressure</source>
        <translation>Where to go f&amp;irst: authority × procedure by pressure</translation>
    </message>
    <message>
        <source>≤ 50 %</source>
        <translation>≤ 50 %</translation>
    </message>
    <message>
        <source>&lt; 30 d</source>
        <translation>&lt; 30 d</translation>
    </message>
    <message>
        <source>30–180 d</source>
        <translation>30–180 d</translation>
    </message>
    <message>
        <source>&gt; 180 d</source>
        <translation>&gt; 180 d</translation>
    </message>
    <message>
        <source>Open for up to half their legal term</source>
        <translation>Open for up to half their legal term</translation>
    </message>
    <message>
        <source>Open for half to all of their legal term</source>
        <translation>Open for half to all of their legal term</translation>
    </message>
    <message>
        <source>Overdue by less than 30 days</source>
        <translation>Overdue by less than 30 days</translation>
    </message>
    <message>
        <source>Overdue by 30 to 180 days</source>
        <translation>Overdue by 30 to 180 days</translation>
    </message>
    <message>
        <source>Overdue by more than 180 days</source>
        <translation>Overdue by more than 180 days</translation>
    </message>
    <message>
        <source>Open case files</source>
        <translation>Open case files</translation>
    </message>
    <message>
        <source>Open case files by a&amp;ge against their term, per procedure (overdue by: days)</source>
        <translation>Open case files by a&amp;ge against their term, per procedure (overdue by: days)</translation>
    </message>
    <message>
        <source>The same per a&amp;uthority</source>
        <translation>The same per a&amp;uthority</translation>
    </message>
    <message>
        <source>In %1: %2 express decisions, %3 with a services conference, %4 with suspended terms. Ages as of today; %5.</source>
        <translation>In %1: %2 express decisions, %3 with a services conference, %4 with suspended terms. Ages as of today; %5.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Pressure = √((average duration ÷ legal term)² + (backlog ÷ started)²) over the last complete semester. Ranked only with at least %1 case files (express decisions plus backlog); each ratio counts as if %2 more case files had the procedure&apos;s average over every authority of the store, so that one or two very slow case files do not put a comune first.</source>
        <translation>Pressure = √((average duration ÷ legal term)² + (backlog ÷ started)²) over the last complete semester. Ranked only with at least %1 case files (express decisions plus backlog); each ratio counts as if %2 more case files had the procedure&apos;s average over every authority of the store, so that one or two very slow case files do not put a comune first.</translation>
    </message>
    <message>
        <source>Express decisions of the semester behind the average duration</source>
        <translation>Express decisions of the semester behind the average duration</translation>
    </message>
    <message>
        <source>Weighted towards the procedure&apos;s average; the authority&apos;s own ratio is in each cell&apos;s tooltip</source>
        <translation>Weighted towards the procedure&apos;s average; the authority&apos;s own ratio is in each cell&apos;s tooltip</translation>
    </message>
    <message>
        <source>How the pressure is ranked</source>
        <translation>How the pressure is ranked</translation>
    </message>
    <message>
        <source>This authority alone: %1 over %2 express decisions; the procedure&apos;s average: %3</source>
        <translation>This authority alone: %1 over %2 express decisions; the procedure&apos;s average: %3</translation>
    </message>
    <message>
        <source>This authority alone: %1 (backlog %2, started %3); the procedure&apos;s average: %4</source>
        <translation>This authority alone: %1 (backlog %2, started %3); the procedure&apos;s average: %4</translation>
    </message>
    <message>
        <source>Not ranked, with fewer case files: %1 authority × procedure pairs.</source>
        <translation>Not ranked, with fewer case files: %1 authority × procedure pairs.</translation>
    </message>
</context>
<context>
    <name>pass::CaseFileEditor</name>
    <message>
        <source>e.g. 2025/000123</source>
        <translation>e.g. 2025/000123</translation>
    </message>
    <message>
        <source>Concluded on</source>
        <translation>Concluded on</translation>
    </message>
    <message>
        <source>The case file is concluded</source>
        <translation>The case file is concluded</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>A services conference was held</source>
        <translation>A services conference was held</translation>
    </message>
    <message>
        <source>Add a period</source>
        <translation>Add a period</translation>
    </message>
    <message>
        <source>A suspension with its start and end dates</source>
        <translation>A suspension with its start and end dates</translation>
    </message>
    <message>
        <source>Add a number of days</source>
        <translation>Add a number of days</translation>
    </message>
    <message>
        <source>A suspension whose dates are not known, only its length</source>
        <translation>A suspension whose dates are not known, only its length</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>Deletes the case file after asking for confirmation</source>
        <translation>Deletes the case file after asking for confirmation</translation>
    </message>
    <message>
        <source>Case file %1</source>
        <translation>Case file %1</translation>
    </message>
    <message>
        <source>New case file</source>
        <translation>New case file</translation>
    </message>
    <message>
        <source>No case file selected: choose one in the list, or create a new one.</source>
        <translation>No case file selected: choose one in the list, or create a new one.</translation>
    </message>
    <message>
        <source>Correct the fields marked below first</source>
        <translation>Correct the fields marked below first</translation>
    </message>
    <message>
        <source>Delete case file</source>
        <translation>Delete case file</translation>
    </message>
    <message>
        <source>Delete case file %1? The deletion is sent to the portal at the next sync; you can undo it with Ctrl+Z.</source>
        <translation>Delete case file %1? The deletion is sent to the portal at the next sync; you can undo it with Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Save the case file</source>
        <translation>Save the case file</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>pass::CaseFileHistoryPanel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Import of %1, line %2</source>
        <translation>Import of %1, line %2</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Import of %1</translation>
    </message>
    <message>
        <source>From the portal</source>
        <translation>From the portal</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>Conflict resolved</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Created: %1</translation>
    </message>
    <message>
        <source>History of the case file</source>
        <translation>History of the case file</translation>
    </message>
    <message>
        <source>Choose a case file to see its history.</source>
        <translation>Choose a case file to see its history.</translation>
    </message>
    <message numerus="yes">
        <source>History of %1: %n change(s)</source>
        <translation>
            <numerusform>History of %1: %n change</numerusform>
            <numerusform>History of %1: %n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes, newest first</source>
        <translation>Changes, newest first</translation>
    </message>
</context>
<context>
    <name>pass::CaseFilePanel</name>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <source>Authority filter</source>
        <translation>Authority filter</translation>
    </message>
    <message>
        <source>Show the case files of one authority; type to search the list</source>
        <translation>Show the case files of one authority; type to search the list</translation>
    </message>
    <message>
        <source>Task force filter</source>
        <translation>Task force filter</translation>
    </message>
    <message>
        <source>Procedure filter</source>
        <translation>Procedure filter</translation>
    </message>
    <message>
        <source>Open case files whose legal term, in calendar days with suspensions included, is already past today</source>
        <translation>Open case files whose legal term, in calendar days with suspensions included, is already past today</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Clear all filters</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>&amp;Authority:</translation>
    </message>
    <message>
        <source>&amp;Task force:</source>
        <translation>&amp;Task force:</translation>
    </message>
    <message>
        <source>&amp;Procedure:</source>
        <translation>&amp;Procedure:</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>Case files</translation>
    </message>
    <message>
        <source>All authorities</source>
        <translation>All authorities</translation>
    </message>
    <message>
        <source>All task forces</source>
        <translation>All task forces</translation>
    </message>
    <message>
        <source>All procedures</source>
        <translation>All procedures</translation>
    </message>
    <message>
        <source>The store has no case files yet.</source>
        <translation>The store has no case files yet.</translation>
    </message>
    <message>
        <source>No case files match the filters.</source>
        <translation>No case files match the filters.</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filters</translation>
    </message>
    <message>
        <source>Move the focus to the case-file filters</source>
        <translation>Move the focus to the case-file filters</translation>
    </message>
    <message>
        <source>Case &amp;files</source>
        <translation>Case &amp;files</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>State filter</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Any state</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open and overdue</source>
        <translation>Open and overdue</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Concluded</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Open case files, not overdue, whose legal term ends within the days set in &quot;Due soon within&quot;</source>
        <translation>Open case files, not overdue, whose legal term ends within the days set in &quot;Due soon within&quot;</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Due soon within this many days</source>
        <translation>Due soon within this many days</translation>
    </message>
    <message>
        <source>An open case file whose legal term ends within this many days is due soon: its row is yellow and the &quot;Due soon&quot; state shows it</source>
        <translation>An open case file whose legal term ends within this many days is due soon: its row is yellow and the &quot;Due soon&quot; state shows it</translation>
    </message>
    <message>
        <source>Protocol number starts with…</source>
        <translation>Protocol number starts with…</translation>
    </message>
    <message>
        <source>Search by protocol number</source>
        <translation>Search by protocol number</translation>
    </message>
    <message>
        <source>Responsible officer</source>
        <translation>Responsible officer</translation>
    </message>
    <message>
        <source>Filter by responsible officer</source>
        <translation>Filter by responsible officer</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>S&amp;tate:</translation>
    </message>
    <message>
        <source>D&amp;ue soon within:</source>
        <translation>D&amp;ue soon within:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>O&amp;fficer:</source>
        <translation>O&amp;fficer:</translation>
    </message>
    <message>
        <source>One row per case file; overdue ones are highlighted in red, those due soon in yellow</source>
        <translation>One row per case file; overdue ones are highlighted in red, those due soon in yellow</translation>
    </message>
    <message>
        <source>&amp;New case file</source>
        <translation>&amp;New case file</translation>
    </message>
    <message>
        <source>&amp;Delete case file…</source>
        <translation>&amp;Delete case file…</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>&amp;Copy rows</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text, for a spreadsheet</source>
        <translation>Copy the selected rows as tab-separated text, for a spreadsheet</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>&amp;Export list…</translation>
    </message>
    <message>
        <source>Save the case files the filters show as CSV or Excel</source>
        <translation>Save the case files the filters show as CSV or Excel</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the case files shown</source>
        <translation>Export the case files shown</translation>
    </message>
    <message>
        <source>case-files</source>
        <translation>case-files</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Exporting %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>The export to %1 did not complete: %2</source>
        <translation>The export to %1 did not complete: %2</translation>
    </message>
    <message>
        <source>Problem reading the filter lists</source>
        <translation>Problem reading the filter lists</translation>
    </message>
    <message>
        <source>I cannot read the task forces from the store: %1</source>
        <translation>I cannot read the task forces from the store: %1</translation>
    </message>
    <message>
        <source>I cannot read the procedures from the store: %1</source>
        <translation>I cannot read the procedures from the store: %1</translation>
    </message>
</context>
<context>
    <name>pass::CaseFileSidePanel</name>
    <message>
        <source>Case file</source>
        <translation>Case file</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Chosen case file</source>
        <translation>Chosen case file</translation>
    </message>
    <message>
        <source>Case file or its history</source>
        <translation>Case file or its history</translation>
    </message>
    <message>
        <source>The history of this case file cannot be read: %1</source>
        <translation>The history of this case file cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>pass::CaseFileTableModel</name>
    <message>
        <source>%1 of %2 days</source>
        <translation>%1 of %2 days</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>ISTAT code %1</source>
        <translation>ISTAT code %1</translation>
    </message>
    <message>
        <source>Overdue: open for %1 days, %2 days past the legal term of %3 days</source>
        <translation>Overdue: open for %1 days, %2 days past the legal term of %3 days</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Protocol no.</source>
        <translation>Protocol no.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Concluded</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Days / legal term</source>
        <translation>Days / legal term</translation>
    </message>
    <message>
        <source>Sorts by ISTAT code, then protocol number</source>
        <translation>Sorts by ISTAT code, then protocol number</translation>
    </message>
    <message>
        <source>Sorts by procedure, then start date</source>
        <translation>Sorts by procedure, then start date</translation>
    </message>
    <message>
        <source>Sorts by start date</source>
        <translation>Sorts by start date</translation>
    </message>
    <message>
        <source>Calendar days from the start to the conclusion (or to today), suspensions included, against the legal term</source>
        <translation>Calendar days from the start to the conclusion (or to today), suspensions included, against the legal term</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>This column cannot be sorted</translation>
    </message>
    <message>
        <source>%1 days, no term</source>
        <translation>%1 days, no term</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>due soon</translation>
    </message>
    <message numerus="yes">
        <source>Due soon: the legal term ends in %n day(s)</source>
        <translation>
            <numerusform>Due soon: the legal term ends in %n day</numerusform>
            <numerusform>Due soon: the legal term ends in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pass::ChartView</name>
    <message>
        <source>Chart commands</source>
        <translation>Chart commands</translation>
    </message>
    <message>
        <source>Show in &amp;detail</source>
        <translation>Show in &amp;detail</translation>
    </message>
    <message>
        <source>&amp;Export as PNG, SVG or PDF…</source>
        <translation>&amp;Export as PNG, SVG or PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Choose a file name ending in .png, .svg or .pdf: %1</source>
        <translation>Choose a file name ending in .png, .svg or .pdf: %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Export the chart</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</translation>
    </message>
</context>
<context>
    <name>pass::ConflictDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Sync conflicts</translation>
    </message>
    <message>
        <source>These fields were changed both here and on the portal, or a record was deleted on one side and edited on the other. Choose which version to keep.</source>
        <translation>These fields were changed both here and on the portal, or a record was deleted on one side and edited on the other. Choose which version to keep.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <source>(whole record)</source>
        <translation>(whole record)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>Before (base)</source>
        <translation>Before (base)</translation>
    </message>
    <message>
        <source>On this PC</source>
        <translation>On this PC</translation>
    </message>
    <message>
        <source>On the portal</source>
        <translation>On the portal</translation>
    </message>
    <message>
        <source>Keep the value on this PC; it is sent to the portal at the next sync</source>
        <translation>Keep the value on this PC; it is sent to the portal at the next sync</translation>
    </message>
    <message>
        <source>Take the portal&apos;s value</source>
        <translation>Take the portal&apos;s value</translation>
    </message>
    <message>
        <source>Case file %1</source>
        <translation>Case file %1</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Request: %1</translation>
    </message>
    <message>
        <source>Visit of %1 (%2)</source>
        <translation>Visit of %1 (%2)</translation>
    </message>
    <message>
        <source>Visit %1</source>
        <translation>Visit %1</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>Message %1</translation>
    </message>
    <message>
        <source>Problem reading the conflicts</source>
        <translation>Problem reading the conflicts</translation>
    </message>
</context>
<context>
    <name>pass::ConflictStore</name>
    <message>
        <source>No open conflict with id %1</source>
        <translation>No open conflict with id %1</translation>
    </message>
    <message>
        <source>Records of type %1 cannot be edited by this version</source>
        <translation>Records of type %1 cannot be edited by this version</translation>
    </message>
    <message>
        <source>The record %1 no longer exists locally</source>
        <translation>The record %1 no longer exists locally</translation>
    </message>
</context>
<context>
    <name>pass::DashboardView</name>
    <message>
        <source>&amp;Up one level</source>
        <translation>&amp;Up one level</translation>
    </message>
    <message>
        <source>What the small multiples show</source>
        <translation>What the small multiples show</translation>
    </message>
    <message>
        <source>Backlog against the target</source>
        <translation>Backlog against the target</translation>
    </message>
    <message>
        <source>Average duration against the legal term</source>
        <translation>Average duration against the legal term</translation>
    </message>
    <message>
        <source>Started and concluded</source>
        <translation>Started and concluded</translation>
    </message>
    <message>
        <source>Dashboard status</source>
        <translation>Dashboard status</translation>
    </message>
    <message>
        <source>Back from a procedure to its task force, from a task force to all of them</source>
        <translation>Back from a procedure to its task force, from a task force to all of them</translation>
    </message>
    <message>
        <source>Computing the indicators…</source>
        <translation>Computing the indicators…</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>Shown: %1</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Back to %1</translation>
    </message>
    <message>
        <source>then</source>
        <translation>then</translation>
    </message>
    <message>
        <source>All task forces</source>
        <translation>All task forces</translation>
    </message>
    <message>
        <source>The figures cannot be computed: %1</source>
        <translation>The figures cannot be computed: %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Average duration of the express decisions of each semester against the legal term</source>
        <translation>Average duration of the express decisions of each semester against the legal term</translation>
    </message>
    <message>
        <source>Clearance rate over the bars: concluded ÷ started; under 100 % the backlog grows</source>
        <translation>Clearance rate over the bars: concluded ÷ started; under 100 % the backlog grows</translation>
    </message>
    <message>
        <source>Click or press Enter to see its procedures</source>
        <translation>Click or press Enter to see its procedures</translation>
    </message>
    <message>
        <source>Click or press Enter to see its authorities</source>
        <translation>Click or press Enter to see its authorities</translation>
    </message>
    <message>
        <source>Click or press Enter to pick this authority</source>
        <translation>Click or press Enter to pick this authority</translation>
    </message>
    <message>
        <source>Average duration</source>
        <translation>Average duration</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Backlog</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 per task force&lt;/b&gt; — pick one to see its procedures</source>
        <translation>&lt;b&gt;%1 per task force&lt;/b&gt; — pick one to see its procedures</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 per procedure&lt;/b&gt; — pick one to see its authorities</source>
        <translation>&lt;b&gt;%1 per procedure&lt;/b&gt; — pick one to see its authorities</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of the authorities with the largest backlog&lt;/b&gt; — pick one to filter by it</source>
        <translation>&lt;b&gt;%1 of the authorities with the largest backlog&lt;/b&gt; — pick one to filter by it</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>Sho&amp;w</translation>
    </message>
</context>
<context>
    <name>pass::DeadlineNotice</name>
    <message>
        <source>&amp;Open the deadline watch</source>
        <translation>&amp;Open the deadline watch</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Deadline watch notification</source>
        <translation>Deadline watch notification</translation>
    </message>
    <message>
        <source>Dismiss the notification</source>
        <translation>Dismiss the notification</translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s) entered the deadline watch since the last start: their legal term expires within 30 days or has expired.</source>
        <translation>
            <numerusform>%n case file entered the deadline watch since the last start: its legal term expires within 30 days or has expired.</numerusform>
            <numerusform>%n case files entered the deadline watch since the last start: their legal term expires within 30 days or has expired.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pass::DeadlineWatchModel</name>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>due soon</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message>
        <source>New since the last start</source>
        <translation>New since the last start</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Term expires</source>
        <translation>Term expires</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Responsible officer</source>
        <translation>Responsible officer</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>expires today</translation>
    </message>
</context>
<context>
    <name>pass::DeadlineWatchView</name>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Days before the term expires</source>
        <translation>Days before the term expires</translation>
    </message>
    <message>
        <source>Passing their term &amp;within</source>
        <translation>Passing their term &amp;within</translation>
    </message>
    <message>
        <source>Deadline watch summary</source>
        <translation>Deadline watch summary</translation>
    </message>
    <message>
        <source>Case files by urgency</source>
        <translation>Case files by urgency</translation>
    </message>
    <message>
        <source>Counts per authority and responsible officer</source>
        <translation>Counts per authority and responsible officer</translation>
    </message>
    <message>
        <source>Authority / responsible officer</source>
        <translation>Authority / responsible officer</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Reading the open case files…</source>
        <translation>Reading the open case files…</translation>
    </message>
    <message>
        <source>The table lists the %1 most urgent.</source>
        <translation>The table lists the %1 most urgent.</translation>
    </message>
    <message>
        <source>(no officer)</source>
        <translation>(no officer)</translation>
    </message>
    <message>
        <source>%1 due within %2 days, %3 overdue, %4 new since the last start; %5.</source>
        <translation>%1 due within %2 days, %3 overdue, %4 new since the last start; %5.</translation>
    </message>
</context>
<context>
    <name>pass::DocumentDesk</name>
    <message>
        <source>sign in and sync once to add documents</source>
        <translation>sign in and sync once to add documents</translation>
    </message>
    <message>
        <source>%1: its content is not on this computer yet: sync first</source>
        <translation>%1: its content is not on this computer yet: sync first</translation>
    </message>
    <message>
        <source>%1: cannot write %2: %3</source>
        <translation>%1: cannot write %2: %3</translation>
    </message>
</context>
<context>
    <name>pass::DocumentService</name>
    <message>
        <source>%1: there is no such file</source>
        <translation>%1: there is no such file</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: cannot read the file: %2</translation>
    </message>
    <message>
        <source>there is no support request %1</source>
        <translation>there is no support request %1</translation>
    </message>
    <message>
        <source>%1: could not be added: %2</source>
        <translation>%1: could not be added: %2</translation>
    </message>
    <message>
        <source>the request %1 has no document with SHA-256 %2</source>
        <translation>the request %1 has no document with SHA-256 %2</translation>
    </message>
    <message>
        <source>%1: its content is not on this computer yet: sync first</source>
        <translation>%1: its content is not on this computer yet: sync first</translation>
    </message>
    <message>
        <source>%1: cannot write %2: %3</source>
        <translation>%1: cannot write %2: %3</translation>
    </message>
    <message>
        <source>only someone who can read the request can add documents to it</source>
        <translation>only someone who can read the request can add documents to it</translation>
    </message>
</context>
<context>
    <name>pass::DocumentTransfer</name>
    <message>
        <source>%1: its content is missing from the store, so the document cannot be sent</source>
        <translation>%1: its content is missing from the store, so the document cannot be sent</translation>
    </message>
    <message>
        <source>%1: sending its content failed: %2</source>
        <translation>%1: sending its content failed: %2</translation>
    </message>
    <message>
        <source>%1: downloading its content failed: %2</source>
        <translation>%1: downloading its content failed: %2</translation>
    </message>
    <message>
        <source>%1: the portal sent content that does not match the document (SHA-256 %2 of %3 bytes, expected %4 of %5 bytes): nothing was stored</source>
        <translation>%1: the portal sent content that does not match the document (SHA-256 %2 of %3 bytes, expected %4 of %5 bytes): nothing was stored</translation>
    </message>
</context>
<context>
    <name>pass::DocumentTypes</name>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Spreadsheet</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Text document</source>
        <translation>Text document</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1: the file is %2, larger than the %3 a document may be</source>
        <translation>%1: the file is %2, larger than the %3 a document may be</translation>
    </message>
    <message>
        <source>%1: this kind of file cannot be attached (PDF, images and office documents can: %2)</source>
        <translation>%1: this kind of file cannot be attached (PDF, images and office documents can: %2)</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: the file is empty</translation>
    </message>
    <message>
        <source>%1: the content is not what its extension says (%2): the file may be damaged or renamed</source>
        <translation>%1: the content is not what its extension says (%2): the file may be damaged or renamed</translation>
    </message>
</context>
<context>
    <name>pass::DocumentsPanel</name>
    <message>
        <source>Waiting to upload</source>
        <translation>Waiting to upload</translation>
    </message>
    <message>
        <source>On the portal</source>
        <translation>On the portal</translation>
    </message>
    <message>
        <source>On the portal, not downloaded yet</source>
        <translation>On the portal, not downloaded yet</translation>
    </message>
    <message>
        <source>Only on this computer</source>
        <translation>Only on this computer</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Documents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Documents&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>Documents of the request</source>
        <translation>Documents of the request</translation>
    </message>
    <message>
        <source>No documents. Add a PDF, an image or an office file (up to 25 MB).</source>
        <translation>No documents. Add a PDF, an image or an office file (up to 25 MB).</translation>
    </message>
    <message>
        <source>Documents: last message</source>
        <translation>Documents: last message</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Add a document</translation>
    </message>
    <message>
        <source>Open the document</source>
        <translation>Open the document</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Save a copy of the document</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Documents (%1)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Add a PDF, an image or an office file (up to 25 MB); it is sent at the next sync</source>
        <translation>Add a PDF, an image or an office file (up to 25 MB); it is sent at the next sync</translation>
    </message>
    <message>
        <source>Its content comes with the next sync</source>
        <translation>Its content comes with the next sync</translation>
    </message>
    <message>
        <source>%1 added: it is sent to the portal at the next sync.</source>
        <translation>%1 added: it is sent to the portal at the next sync.</translation>
    </message>
    <message>
        <source>%1: no program on this computer opens this kind of file</source>
        <translation>%1: no program on this computer opens this kind of file</translation>
    </message>
    <message>
        <source>Copy saved in %1</source>
        <translation>Copy saved in %1</translation>
    </message>
    <message>
        <source>The documents cannot be read from the store: %1</source>
        <translation>The documents cannot be read from the store: %1</translation>
    </message>
</context>
<context>
    <name>pass::FirstRunDialog</name>
    <message>
        <source>&amp;Sign in to the portal</source>
        <translation>&amp;Sign in to the portal</translation>
    </message>
    <message>
        <source>Opens the portal&apos;s sign-in page in your browser; your case files arrive with the first sync.</source>
        <translation>Opens the portal&apos;s sign-in page in your browser; your case files arrive with the first sync.</translation>
    </message>
    <message>
        <source>Continue &amp;offline with the demo data</source>
        <translation>Continue &amp;offline with the demo data</translation>
    </message>
    <message>
        <source>Works on this computer only, with the demo case files of the Cremasco comuni; you can sign in later.</source>
        <translation>Works on this computer only, with the demo case files of the Cremasco comuni; you can sign in later.</translation>
    </message>
    <message>
        <source>Open an &amp;existing store…</source>
        <translation>Open an &amp;existing store…</translation>
    </message>
    <message>
        <source>A store file copied from another computer or a backup.</source>
        <translation>A store file copied from another computer or a backup.</translation>
    </message>
    <message>
        <source>Welcome to PAsS Desktop</source>
        <translation>Welcome to PAsS Desktop</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to PAsS Desktop&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Welcome to PAsS Desktop&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Portal address</translation>
    </message>
    <message>
        <source>Set by your IT department</source>
        <translation>Set by your IT department</translation>
    </message>
    <message>
        <source>Set by your IT department for every user of this computer.</source>
        <translation>Set by your IT department for every user of this computer.</translation>
    </message>
    <message>
        <source>Ask your office or the task force for the address if you do not know it.</source>
        <translation>Ask your office or the task force for the address if you do not know it.</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>Store file</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>Change where the store is kept</source>
        <translation>Change where the store is kept</translation>
    </message>
    <message>
        <source>&amp;Portal address:</source>
        <translation>&amp;Portal address:</translation>
    </message>
    <message>
        <source>Store file:</source>
        <translation>Store file:</translation>
    </message>
    <message>
        <source>PAsS Desktop keeps the monitored case files of your authority on this computer, works without a network, and syncs with the regional portal when you are signed in. How do you want to start?</source>
        <translation>PAsS Desktop keeps the monitored case files of your authority on this computer, works without a network, and syncs with the regional portal when you are signed in. How do you want to start?</translation>
    </message>
    <message>
        <source>Every choice can be changed later: File → Settings for the portal and the store, the Sync view to sign in or out, File → Open store for another store.</source>
        <translation>Every choice can be changed later: File → Settings for the portal and the store, the Sync view to sign in or out, File → Open store for another store.</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Open store</translation>
    </message>
    <message>
        <source>PAsS Desktop stores (*.db *.sqlite);;All files (*)</source>
        <translation>PAsS Desktop stores (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Write the portal&apos;s address first (it starts with https://).</source>
        <translation>Write the portal&apos;s address first (it starts with https://).</translation>
    </message>
</context>
<context>
    <name>pass::HeadlinePanel</name>
    <message>
        <source>The figures cannot be computed: %1</source>
        <translation>The figures cannot be computed: %1</translation>
    </message>
    <message>
        <source>Backlog as of %1</source>
        <translation>Backlog as of %1</translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation>Baseline %1</translation>
    </message>
    <message>
        <source>backlog at the end of the baseline semester</source>
        <translation>backlog at the end of the baseline semester</translation>
    </message>
    <message>
        <source>Backlog cleared since the baseline</source>
        <translation>Backlog cleared since the baseline</translation>
    </message>
    <message>
        <source>(baseline − now) ÷ baseline</source>
        <translation>(baseline − now) ÷ baseline</translation>
    </message>
    <message>
        <source>Average duration %1</source>
        <translation>Average duration %1</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>%1 against the baseline (%2 days)</source>
        <translation>%1 against the baseline (%2 days)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>No target configured for this region.</source>
        <translation>No target configured for this region.</translation>
    </message>
    <message>
        <source>cannot tell yet: fewer than three semesters to project from</source>
        <translation>cannot tell yet: fewer than three semesters to project from</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>on track</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>off track</source>
        <translation>off track</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>missed</translation>
    </message>
    <message>
        <source>projected backlog at the due date: %1</source>
        <translation>projected backlog at the due date: %1</translation>
    </message>
    <message>
        <source>backlog at the due date: %1</source>
        <translation>backlog at the due date: %1</translation>
    </message>
    <message>
        <source>Target: −%1 backlog by %2</source>
        <translation>Target: −%1 backlog by %2</translation>
    </message>
    <message>
        <source>target backlog %1; %2</source>
        <translation>target backlog %1; %2</translation>
    </message>
</context>
<context>
    <name>pass::ImportApplyPage</name>
    <message>
        <source>Cancel the &amp;import</source>
        <translation>Cancel the &amp;import</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Progress of the import</source>
        <translation>Progress of the import</translation>
    </message>
    <message>
        <source>Result of the import</source>
        <translation>Result of the import</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancel the import</translation>
    </message>
</context>
<context>
    <name>pass::ImportCheckPage</name>
    <message>
        <source>Cancel the chec&amp;k</source>
        <translation>Cancel the chec&amp;k</translation>
    </message>
    <message>
        <source>C&amp;hanges to existing case files:</source>
        <translation>C&amp;hanges to existing case files:</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Save rejected rows…</translation>
    </message>
    <message>
        <source>Import &amp;only if every row is valid</source>
        <translation>Import &amp;only if every row is valid</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows, leave out the others</source>
        <translation>Import the &amp;valid rows, leave out the others</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>What the import would do. Nothing has been changed yet.</source>
        <translation>What the import would do. Nothing has been changed yet.</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation>Progress of the check</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Cancel the check</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Result of the check</translation>
    </message>
    <message>
        <source>Changes to existing case files</source>
        <translation>Changes to existing case files</translation>
    </message>
    <message>
        <source>One row per changed field: case file, field, value before and after.</source>
        <translation>One row per changed field: case file, field, value before and after.</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Case file</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Values the importer does not know</source>
        <translation>Values the importer does not know</translation>
    </message>
    <message>
        <source>For each value, choose what it means in the last column (F2 opens the list).</source>
        <translation>For each value, choose what it means in the last column (F2 opens the list).</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Means</translation>
    </message>
    <message>
        <source>Check again with the meanings given</source>
        <translation>Check again with the meanings given</translation>
    </message>
    <message>
        <source>Save the rejected rows as CSV</source>
        <translation>Save the rejected rows as CSV</translation>
    </message>
    <message>
        <source>Values the importer does not know: say what they &amp;mean, then check again.</source>
        <translation>Values the importer does not know: say what they &amp;mean, then check again.</translation>
    </message>
    <message>
        <source>C&amp;hanges to existing case files: none.</source>
        <translation>C&amp;hanges to existing case files: none.</translation>
    </message>
    <message>
        <source>C&amp;hanges to existing case files: %1 fields in %2 case files.</source>
        <translation>C&amp;hanges to existing case files: %1 fields in %2 case files.</translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>The first %1 are listed.</translation>
    </message>
    <message>
        <source>%1, protocol %2</source>
        <translation>%1, protocol %2</translation>
    </message>
    <message>
        <source>(ask again)</source>
        <translation>(ask again)</translation>
    </message>
</context>
<context>
    <name>pass::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Choose the file</translation>
    </message>
    <message>
        <source>A CSV or Excel (XLSX) export of the office&apos;s registry.</source>
        <translation>A CSV or Excel (XLSX) export of the office&apos;s registry.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Br&amp;owse…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choose the file to import</translation>
    </message>
    <message>
        <source>Import case files</source>
        <translation>Import case files</translation>
    </message>
    <message>
        <source>Registries (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Registries (*.csv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Authority of the file</source>
        <translation>Authority of the file</translation>
    </message>
    <message>
        <source>ISTAT code, when the file has no authority column</source>
        <translation>ISTAT code, when the file has no authority column</translation>
    </message>
    <message>
        <source>Text encoding of the file</source>
        <translation>Text encoding of the file</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <source>Sheet of the workbook</source>
        <translation>Sheet of the workbook</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>Fi&amp;le:</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>S&amp;heet:</translation>
    </message>
    <message>
        <source>Au&amp;thority:</source>
        <translation>Au&amp;thority:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>The first with a header</source>
        <translation>The first with a header</translation>
    </message>
</context>
<context>
    <name>pass::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Match the columns</translation>
    </message>
    <message>
        <source>Columns were matched by their names; correct them where needed.</source>
        <translation>Columns were matched by their names; correct them where needed.</translation>
    </message>
    <message>
        <source>Detected format</source>
        <translation>Detected format</translation>
    </message>
    <message>
        <source>Columns of the saved mapping missing from the file</source>
        <translation>Columns of the saved mapping missing from the file</translation>
    </message>
    <message>
        <source>Column of the file for each field</source>
        <translation>Column of the file for each field</translation>
    </message>
    <message>
        <source>Arrow keys choose a field; F2 or a letter opens its list of columns, Enter confirms.</source>
        <translation>Arrow keys choose a field; F2 or a letter opens its list of columns, Enter confirms.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Column of the file</translation>
    </message>
    <message>
        <source>Outcome of a row with an end date and no outcome</source>
        <translation>Outcome of a row with an end date and no outcome</translation>
    </message>
    <message>
        <source>Report the row</source>
        <translation>Report the row</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>First rows of the file</translation>
    </message>
    <message>
        <source>A row with an end date and no &amp;outcome:</source>
        <translation>A row with an end date and no &amp;outcome:</translation>
    </message>
    <message>
        <source>Fi&amp;rst rows of the file:</source>
        <translation>Fi&amp;rst rows of the file:</translation>
    </message>
    <message>
        <source>%1 — header at %2</source>
        <translation>%1 — header at %2</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(not in the file)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
</context>
<context>
    <name>pass::ImportWizard</name>
    <message>
        <source>Authority (ISTAT code or name)</source>
        <translation>Authority (ISTAT code or name)</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Protocol number</source>
        <translation>Protocol number</translation>
    </message>
    <message>
        <source>Case number (if no protocol)</source>
        <translation>Case number (if no protocol)</translation>
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
        <source>Outcome / status</source>
        <translation>Outcome / status</translation>
    </message>
    <message>
        <source>Services conference</source>
        <translation>Services conference</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>Suspension</translation>
    </message>
    <message>
        <source>Suspension days</source>
        <translation>Suspension days</translation>
    </message>
    <message>
        <source>Responsible officer</source>
        <translation>Responsible officer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Import case files</source>
        <translation>Import case files</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Save rejected rows</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Still open</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Suspended, dates unknown</source>
        <translation>Suspended, dates unknown</translation>
    </message>
    <message>
        <source>check the file first: the rejected rows are those of the last complete check</source>
        <translation>check the file first: the rejected rows are those of the last complete check</translation>
    </message>
    <message>
        <source>The rejected rows could not be saved to %1: %2</source>
        <translation>The rejected rows could not be saved to %1: %2</translation>
    </message>
    <message>
        <source>Rejected rows saved to %1</source>
        <translation>Rejected rows saved to %1</translation>
    </message>
</context>
<context>
    <name>pass::LoopbackReceiver</name>
    <message>
        <source>Cannot listen on this computer for the sign-in answer: %1</source>
        <translation>Cannot listen on this computer for the sign-in answer: %1</translation>
    </message>
    <message>
        <source>&lt;!DOCTYPE html&gt;&lt;html&gt;&lt;head&gt;&lt;meta charset=&quot;utf-8&quot;&gt;&lt;title&gt;PAsS Desktop&lt;/title&gt;&lt;/head&gt;&lt;body&gt;&lt;h1&gt;PAsS Desktop&lt;/h1&gt;&lt;p&gt;Sign-in received: you can close this page and go back to the application.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;!DOCTYPE html&gt;&lt;html&gt;&lt;head&gt;&lt;meta charset=&quot;utf-8&quot;&gt;&lt;title&gt;PAsS Desktop&lt;/title&gt;&lt;/head&gt;&lt;body&gt;&lt;h1&gt;PAsS Desktop&lt;/h1&gt;&lt;p&gt;Sign-in received: you can close this page and go back to the application.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation>Sign-in cancelled</translation>
    </message>
    <message>
        <source>No answer from the browser within %1 s</source>
        <translation>No answer from the browser within %1 s</translation>
    </message>
</context>
<context>
    <name>pass::MainWindow</name>
    <message>
        <source>PAsS Desktop</source>
        <translation>PAsS Desktop</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>&amp;Open store…</translation>
    </message>
    <message>
        <source>Open another PAsS Desktop store file</source>
        <translation>Open another PAsS Desktop store file</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About PAsS Desktop</source>
        <translation>&amp;About PAsS Desktop</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Open store</translation>
    </message>
    <message>
        <source>PAsS Desktop stores (*.db *.sqlite);;All files (*)</source>
        <translation>PAsS Desktop stores (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Portal</source>
        <translation>&amp;Portal</translation>
    </message>
    <message>
        <source>&amp;Import case files…</source>
        <translation>&amp;Import case files…</translation>
    </message>
    <message>
        <source>Import case files from an office&apos;s CSV or Excel export</source>
        <translation>Import case files from an office&apos;s CSV or Excel export</translation>
    </message>
    <message>
        <source>View tools</source>
        <translation>View tools</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Pick a view; Ctrl+1 to Ctrl+%1 reach them from anywhere</source>
        <translation>Pick a view; Ctrl+1 to Ctrl+%1 reach them from anywhere</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>Send the waiting edits to the portal and receive its changes</source>
        <translation>Send the waiting edits to the portal and receive its changes</translation>
    </message>
    <message>
        <source>Sign in, sign out and &amp;log…</source>
        <translation>Sign in, sign out and &amp;log…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflicts…</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>Re&amp;ports…</translation>
    </message>
    <message>
        <source>The monitoring report and the DFP table of an authority, or of every authority in scope</source>
        <translation>The monitoring report and the DFP table of an authority, or of every authority in scope</translation>
    </message>
    <message>
        <source>%1 due within 30 days, %2 overdue</source>
        <translation>%1 due within 30 days, %2 overdue</translation>
    </message>
    <message>
        <source>&amp;Back up store…</source>
        <translation>&amp;Back up store…</translation>
    </message>
    <message>
        <source>Save a copy of the store, taken while it stays in use</source>
        <translation>Save a copy of the store, taken while it stays in use</translation>
    </message>
    <message>
        <source>&amp;Restore store…</source>
        <translation>&amp;Restore store…</translation>
    </message>
    <message>
        <source>Replace the store&apos;s content with a backup copy (the current content is kept beside it)</source>
        <translation>Replace the store&apos;s content with a backup copy (the current content is kept beside it)</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <source>Portal address, language, automatic sync and store file</source>
        <translation>Portal address, language, automatic sync and store file</translation>
    </message>
    <message>
        <source>No store is open</source>
        <translation>No store is open</translation>
    </message>
    <message>
        <source>Back up store</source>
        <translation>Back up store</translation>
    </message>
    <message>
        <source>Store backed up to %1</source>
        <translation>Store backed up to %1</translation>
    </message>
    <message>
        <source>The store was not backed up: %1</source>
        <translation>The store was not backed up: %1</translation>
    </message>
    <message>
        <source>Restore store</source>
        <translation>Restore store</translation>
    </message>
    <message>
        <source>Replace everything in the open store with the copy in %1?

The current content is kept in %2. Edits not yet sent to the portal that are not in the copy will no longer be in the store.</source>
        <translation>Replace everything in the open store with the copy in %1?

The current content is kept in %2. Edits not yet sent to the portal that are not in the copy will no longer be in the store.</translation>
    </message>
    <message>
        <source>Store restored from %1</source>
        <translation>Store restored from %1</translation>
    </message>
    <message>
        <source>The store was not restored and is as it was: %1</source>
        <translation>The store was not restored and is as it was: %1</translation>
    </message>
</context>
<context>
    <name>pass::MutationResults</name>
    <message>
        <source>%1 %2 was deleted on the portal while you edited it: conflict stored</source>
        <translation>%1 %2 was deleted on the portal while you edited it: conflict stored</translation>
    </message>
    <message>
        <source>%1 %2 was changed on the portal after you deleted it: conflict stored</source>
        <translation>%1 %2 was changed on the portal after you deleted it: conflict stored</translation>
    </message>
    <message>
        <source>%1 %2: %3 changed both here and on the portal: conflict stored</source>
        <translation>%1 %2: %3 changed both here and on the portal: conflict stored</translation>
    </message>
    <message>
        <source>The portal refused the %1 of %2 %3: %4</source>
        <translation>The portal refused the %1 of %2 %3: %4</translation>
    </message>
    <message>
        <source>The portal could not apply the %1 of %2 %3 now, it will be sent again: %4</source>
        <translation>The portal could not apply the %1 of %2 %3 now, it will be sent again: %4</translation>
    </message>
</context>
<context>
    <name>pass::NewRequestDialog</name>
    <message>
        <source>New support request</source>
        <translation>New support request</translation>
    </message>
    <message>
        <source>&amp;Task force:</source>
        <translation>&amp;Task force:</translation>
    </message>
    <message>
        <source>&amp;Procedures:</source>
        <translation>&amp;Procedures:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;riority:</translation>
    </message>
    <message>
        <source>Save as &amp;draft</source>
        <translation>Save as &amp;draft</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>S&amp;ubmit</translation>
    </message>
    <message>
        <source>Task force</source>
        <translation>Task force</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
</context>
<context>
    <name>pass::OAuthFlow</name>
    <message>
        <source>Cannot read the portal&apos;s sign-in settings: %1</source>
        <translation>Cannot read the portal&apos;s sign-in settings: %1</translation>
    </message>
    <message>
        <source>The portal refused the sign-in: %1 (%2)</source>
        <translation>The portal refused the sign-in: %1 (%2)</translation>
    </message>
    <message>
        <source>The portal&apos;s token answer has no access token</source>
        <translation>The portal&apos;s token answer has no access token</translation>
    </message>
    <message>
        <source>Cannot open the browser for the sign-in page: %1</source>
        <translation>Cannot open the browser for the sign-in page: %1</translation>
    </message>
    <message>
        <source>The sign-in answer does not belong to this sign-in (state mismatch): ignored</source>
        <translation>The sign-in answer does not belong to this sign-in (state mismatch): ignored</translation>
    </message>
    <message>
        <source>The portal did not sign you in: %1 %2</source>
        <translation>The portal did not sign you in: %1 %2</translation>
    </message>
    <message>
        <source>The portal&apos;s sign-in settings name another issuer (%1, expected %2): not signing in</source>
        <translation>The portal&apos;s sign-in settings name another issuer (%1, expected %2): not signing in</translation>
    </message>
    <message>
        <source>The portal&apos;s sign-in settings send %1 to %2, not to the portal %3: not signing in</source>
        <translation>The portal&apos;s sign-in settings send %1 to %2, not to the portal %3: not signing in</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nowhere</translation>
    </message>
</context>
<context>
    <name>pass::PageWriter</name>
    <message>
        <source>The portal sent a malformed change (type, id, version or op missing)</source>
        <translation>The portal sent a malformed change (type, id, version or op missing)</translation>
    </message>
    <message>
        <source>Could not store %1 %2 from the portal: %3</source>
        <translation>Could not store %1 %2 from the portal: %3</translation>
    </message>
    <message>
        <source>Could not count the case statistics: %1</source>
        <translation>Could not count the case statistics: %1</translation>
    </message>
</context>
<context>
    <name>pass::PlaceholderView</name>
    <message>
        <source>This view is being built: it arrives with a next version of PAsS Desktop.</source>
        <translation>This view is being built: it arrives with a next version of PAsS Desktop.</translation>
    </message>
</context>
<context>
    <name>pass::PortalClient</name>
    <message>
        <source>The portal address &apos;%1&apos; is not a valid URL</source>
        <translation>The portal address &apos;%1&apos; is not a valid URL</translation>
    </message>
    <message>
        <source>The portal address must use https:// (plain http is only allowed for this computer, e.g. http://127.0.0.1): %1</source>
        <translation>The portal address must use https:// (plain http is only allowed for this computer, e.g. http://127.0.0.1): %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>The portal asked to come back in %1 s: giving up for now (%2)</source>
        <translation>The portal asked to come back in %1 s: giving up for now (%2)</translation>
    </message>
    <message>
        <source>The portal did not answer in time (%1 s)</source>
        <translation>The portal did not answer in time (%1 s)</translation>
    </message>
    <message>
        <source>Cannot reach the portal: %1</source>
        <translation>Cannot reach the portal: %1</translation>
    </message>
    <message>
        <source>The portal&apos;s answer was interrupted: %1</source>
        <translation>The portal&apos;s answer was interrupted: %1</translation>
    </message>
    <message>
        <source>The portal sent an empty answer</source>
        <translation>The portal sent an empty answer</translation>
    </message>
    <message>
        <source>The portal sent a malformed answer (%1 at byte %2)</source>
        <translation>The portal sent a malformed answer (%1 at byte %2)</translation>
    </message>
    <message>
        <source>The portal sent a malformed answer (%1)</source>
        <translation>The portal sent a malformed answer (%1)</translation>
    </message>
</context>
<context>
    <name>pass::PortalProblem</name>
    <message>
        <source>The portal refused the request</source>
        <translation>The portal refused the request</translation>
    </message>
</context>
<context>
    <name>pass::ReportDialog</name>
    <message>
        <source>&amp;Update the preview</source>
        <translation>&amp;Update the preview</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <source>&amp;Write every authority&apos;s report…</source>
        <translation>&amp;Write every authority&apos;s report…</translation>
    </message>
    <message>
        <source>&amp;Cancel the batch</source>
        <translation>&amp;Cancel the batch</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>All (region)</source>
        <translation>All (region)</translation>
    </message>
    <message>
        <source>%1 (running, as of today)</source>
        <translation>%1 (running, as of today)</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italian</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Monitoring report (PDF)</source>
        <translation>Monitoring report (PDF)</translation>
    </message>
    <message>
        <source>DFP table (XLSX)</source>
        <translation>DFP table (XLSX)</translation>
    </message>
    <message>
        <source>DFP table (CSV)</source>
        <translation>DFP table (CSV)</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semester</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Language of the report</translation>
    </message>
    <message>
        <source>Backlog variant</source>
        <translation>Backlog variant</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Authorities of the batch</source>
        <translation>Authorities of the batch</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Batch progress</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Report status</translation>
    </message>
    <message>
        <source>&amp;Authority</source>
        <translation>&amp;Authority</translation>
    </message>
    <message>
        <source>S&amp;emester</source>
        <translation>S&amp;emester</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Backlog</source>
        <translation>&amp;Backlog</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>Every authority in scope</source>
        <translation>Every authority in scope</translation>
    </message>
    <message>
        <source>Pro&amp;vince</source>
        <translation>Pro&amp;vince</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v of %m</translation>
    </message>
    <message>
        <source>The report cannot be built: %1</source>
        <translation>The report cannot be built: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s).</source>
        <translation>
            <numerusform>%1: %n page.</numerusform>
            <numerusform>%1: %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Cannot save %1: %2</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 reports written.</source>
        <translation>Cancelled: %1 of %2 reports written.</translation>
    </message>
    <message>
        <source>%1 of %2 reports written.</source>
        <translation>%1 of %2 reports written.</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Not written: %1</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Building the report…</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>Folder for the reports</source>
        <translation>Folder for the reports</translation>
    </message>
    <message>
        <source>Writing the reports…</source>
        <translation>Writing the reports…</translation>
    </message>
    <message>
        <source>Report %1 of %2 written: %3</source>
        <translation>Report %1 of %2 written: %3</translation>
    </message>
    <message>
        <source>Cancelling after the report being written…</source>
        <translation>Cancelling after the report being written…</translation>
    </message>
</context>
<context>
    <name>pass::RequestDetailWidget</name>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Experts (user names, separated by commas):</source>
        <translation>Experts (user names, separated by commas):</translation>
    </message>
    <message>
        <source>Closing summary:</source>
        <translation>Closing summary:</translation>
    </message>
    <message>
        <source>status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>status: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>message: %1</source>
        <translation>message: %1</translation>
    </message>
    <message>
        <source>visit: %1</source>
        <translation>visit: %1</translation>
    </message>
    <message>
        <source> — &lt;i&gt;not sent yet&lt;/i&gt;</source>
        <translation> — &lt;i&gt;not sent yet&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Authority:</source>
        <translation>Authority:</translation>
    </message>
    <message>
        <source>Task force:</source>
        <translation>Task force:</translation>
    </message>
    <message>
        <source>Procedures:</source>
        <translation>Procedures:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Experts:</source>
        <translation>Experts:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Write a message and press Enter</source>
        <translation>Write a message and press Enter</translation>
    </message>
    <message>
        <source>Choose a request in the list</source>
        <translation>Choose a request in the list</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Sign in to the portal once to act on requests</source>
        <translation>Sign in to the portal once to act on requests</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Task force</source>
        <translation>Task force</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedures</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Experts</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Why some actions are not available</source>
        <translation>Why some actions are not available</translation>
    </message>
    <message>
        <source>&amp;Visits of this request</source>
        <translation>&amp;Visits of this request</translation>
    </message>
    <message>
        <source>Visits of this request</source>
        <translation>Visits of this request</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Con&amp;firm visit</source>
        <translation>Con&amp;firm visit</translation>
    </message>
    <message>
        <source>Dis&amp;pute visit…</source>
        <translation>Dis&amp;pute visit…</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>New message</translation>
    </message>
</context>
<context>
    <name>pass::RequestListModel</name>
    <message>
        <source>Changed on this PC, not yet sent to the portal</source>
        <translation>Changed on this PC, not yet sent to the portal</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Task force</source>
        <translation>Task force</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Experts</translation>
    </message>
</context>
<context>
    <name>pass::RequestsView</name>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All task forces</source>
        <translation>All task forces</translation>
    </message>
    <message>
        <source>Assigned to &amp;me</source>
        <translation>Assigned to &amp;me</translation>
    </message>
    <message>
        <source>&amp;Overdue follow-ups</source>
        <translation>&amp;Overdue follow-ups</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;New request…</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) shown</source>
        <translation>
            <numerusform>%n request shown</numerusform>
            <numerusform>%n requests shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Task force</source>
        <translation>Task force</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>All authorities</source>
        <translation>All authorities</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Requests per status</source>
        <translation>Requests per status</translation>
    </message>
    <message>
        <source>Support requests</source>
        <translation>Support requests</translation>
    </message>
    <message>
        <source>Only the requests you are assigned to</source>
        <translation>Only the requests you are assigned to</translation>
    </message>
    <message>
        <source>Only experts are assigned to requests</source>
        <translation>Only experts are assigned to requests</translation>
    </message>
    <message>
        <source>Sign in to the portal once to act on requests</source>
        <translation>Sign in to the portal once to act on requests</translation>
    </message>
    <message>
        <source>A new request of your authority (Ctrl+Shift+N)</source>
        <translation>A new request of your authority (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>The support requests cannot be read from the store: %1</source>
        <translation>The support requests cannot be read from the store: %1</translation>
    </message>
</context>
<context>
    <name>pass::ScopeFilterBar</name>
    <message>
        <source>Pro&amp;vince</source>
        <translation>Pro&amp;vince</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>&amp;Authority</source>
        <translation>&amp;Authority</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>&amp;Small comuni (≤ 5,000)</source>
        <translation>&amp;Small comuni (≤ 5,000)</translation>
    </message>
    <message>
        <source>Only the comuni of up to 5,000 inhabitants (piccoli comuni)</source>
        <translation>Only the comuni of up to 5,000 inhabitants (piccoli comuni)</translation>
    </message>
    <message>
        <source>P&amp;hase</source>
        <translation>P&amp;hase</translation>
    </message>
    <message>
        <source>PAsS phase</source>
        <translation>PAsS phase</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>1 (pilot)</source>
        <translation>1 (pilot)</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>Fro&amp;m</translation>
    </message>
    <message>
        <source>First semester</source>
        <translation>First semester</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>Last semester</source>
        <translation>Last semester</translation>
    </message>
    <message>
        <source>&amp;Backlog</source>
        <translation>&amp;Backlog</translation>
    </message>
    <message>
        <source>Backlog variant</source>
        <translation>Backlog variant</translation>
    </message>
    <message>
        <source>The DFP&apos;s backlog counts calendar days with suspensions included; the net variant extends each term by its suspension days. One switch for every view and report.</source>
        <translation>The DFP&apos;s backlog counts calendar days with suspensions included; the net variant extends each term by its suspension days. One switch for every view and report.</translation>
    </message>
    <message>
        <source>All (region)</source>
        <translation>All (region)</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>the start</translation>
    </message>
    <message>
        <source>Problem reading the authorities</source>
        <translation>Problem reading the authorities</translation>
    </message>
</context>
<context>
    <name>pass::SettingsDialog</name>
    <message>
        <source>Check for &amp;updates at start</source>
        <translation>Check for &amp;updates at start</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Portal address</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Automatic sync interval in minutes</source>
        <translation>Automatic sync interval in minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Only when I ask</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>Store file</translation>
    </message>
    <message>
        <source>Check for updates at start</source>
        <translation>Check for updates at start</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the store file</source>
        <translation>Choose the store file</translation>
    </message>
    <message>
        <source>&amp;Portal address:</source>
        <translation>&amp;Portal address:</translation>
    </message>
    <message>
        <source>Automatic &amp;sync every:</source>
        <translation>Automatic &amp;sync every:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>S&amp;tore file:</source>
        <translation>S&amp;tore file:</translation>
    </message>
    <message>
        <source>The language and the store file take effect at the next start.</source>
        <translation>The language and the store file take effect at the next start.</translation>
    </message>
    <message>
        <source>Set by your IT department for every user of this computer (%1): these settings cannot be changed here.</source>
        <translation>Set by your IT department for every user of this computer (%1): these settings cannot be changed here.</translation>
    </message>
    <message>
        <source>&amp;About PAsS Desktop</source>
        <translation>&amp;About PAsS Desktop</translation>
    </message>
    <message>
        <source>Set by your IT department</source>
        <translation>Set by your IT department</translation>
    </message>
    <message>
        <source>Set by your IT department for every user of this computer: it cannot be changed here.</source>
        <translation>Set by your IT department for every user of this computer: it cannot be changed here.</translation>
    </message>
    <message>
        <source>PAsS Desktop stores (*.db *.sqlite);;All files (*)</source>
        <translation>PAsS Desktop stores (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>The portal address &quot;%1&quot; is not a web address: it starts with https:// (for example https://portale.passlombardia.it).</source>
        <translation>The portal address &quot;%1&quot; is not a web address: it starts with https:// (for example https://portale.passlombardia.it).</translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation>%1 (locked)</translation>
    </message>
</context>
<context>
    <name>pass::StatusBarContent</name>
    <message>
        <source>Edits waiting to be sent</source>
        <translation>Edits waiting to be sent</translation>
    </message>
    <message>
        <source>Open sync conflicts</source>
        <translation>Open sync conflicts</translation>
    </message>
    <message>
        <source>Edits refused by the portal</source>
        <translation>Edits refused by the portal</translation>
    </message>
    <message>
        <source>Portal account</source>
        <translation>Portal account</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Last successful sync</translation>
    </message>
    <message>
        <source>Case file counts</source>
        <translation>Case file counts</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>Store file</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Store: %1</translation>
    </message>
    <message>
        <source>%1 case files</source>
        <translation>%1 case files</translation>
    </message>
    <message>
        <source>%1 of %2 case files shown</source>
        <translation>%1 of %2 case files shown</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Not signed in to the portal: everything is kept on this computer.</source>
        <translation>Not signed in to the portal: everything is kept on this computer.</translation>
    </message>
    <message>
        <source>%1 · syncing…</source>
        <translation>%1 · syncing…</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2</source>
        <translation>Signed in to %1 as %2</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) to send</source>
        <translation>
            <numerusform>%n edit to send</numerusform>
            <numerusform>%n edits to send</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused edit(s)</source>
        <translation>
            <numerusform>%n refused edit</numerusform>
            <numerusform>%n refused edits</numerusform>
        </translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synced %1</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Last successful sync: %1</translation>
    </message>
    <message>
        <source>The last sync failed: %1</source>
        <translation>The last sync failed: %1</translation>
    </message>
    <message>
        <source>Edits waiting for a retry</source>
        <translation>Edits waiting for a retry</translation>
    </message>
    <message>
        <source>Automatic sync</source>
        <translation>Automatic sync</translation>
    </message>
    <message>
        <source>Automatic sync off</source>
        <translation>Automatic sync off</translation>
    </message>
    <message>
        <source>The automatic sync starts again with the next sync or sign-in.</source>
        <translation>The automatic sync starts again with the next sync or sign-in.</translation>
    </message>
    <message>
        <source>Sync on demand</source>
        <translation>Sync on demand</translation>
    </message>
    <message>
        <source>Syncs when you ask and when the network comes back (Settings).</source>
        <translation>Syncs when you ask and when the network comes back (Settings).</translation>
    </message>
    <message numerus="yes">
        <source>Auto every %n min</source>
        <translation>
            <numerusform>Auto every %n min</numerusform>
            <numerusform>Auto every %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncs automatically every %n minute(s) and when the network comes back.</source>
        <translation>
            <numerusform>Syncs automatically every %n minute and when the network comes back.</numerusform>
            <numerusform>Syncs automatically every %n minutes and when the network comes back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for a retry</source>
        <translation>
            <numerusform>%n waiting for a retry</numerusform>
            <numerusform>%n waiting for a retry</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent, not taken yet; they are sent again at the next sync:</source>
        <translation>Sent, not taken yet; they are sent again at the next sync:</translation>
    </message>
    <message numerus="yes">
        <source>• %1 %2 (%n attempt(s)): %3</source>
        <translation>
            <numerusform>• %1 %2 (%n attempt): %3</numerusform>
            <numerusform>• %1 %2 (%n attempts): %3</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>Refused by the portal; they will not be sent again:</source>
        <translation>Refused by the portal; they will not be sent again:</translation>
    </message>
    <message>
        <source>• %1 %2: %3</source>
        <translation>• %1 %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the case files that match the filters… (of %1)</source>
        <translation>Counting the case files that match the filters… (of %1)</translation>
    </message>
    <message>
        <source>Case files: the store could not count them</source>
        <translation>Case files: the store could not count them</translation>
    </message>
</context>
<context>
    <name>pass::SuspensionListEditor</name>
    <message>
        <source>Suspended from</source>
        <translation>Suspended from</translation>
    </message>
    <message>
        <source>Suspended until</source>
        <translation>Suspended until</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Days of suspension</source>
        <translation>Days of suspension</translation>
    </message>
    <message>
        <source>The length of a suspension whose dates are not known</source>
        <translation>The length of a suspension whose dates are not known</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reason of the suspension</source>
        <translation>Reason of the suspension</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove this suspension</source>
        <translation>Remove this suspension</translation>
    </message>
</context>
<context>
    <name>pass::SyncAccount</name>
    <message>
        <source>Signed in, but the sign-in cannot be kept: %1. Sign in for this session only, or fix the keychain and sign in again.</source>
        <translation>Signed in, but the sign-in cannot be kept: %1. Sign in for this session only, or fix the keychain and sign in again.</translation>
    </message>
    <message>
        <source>The portal could not be told (%1); the sign-in is forgotten here anyway</source>
        <translation>The portal could not be told (%1); the sign-in is forgotten here anyway</translation>
    </message>
    <message>
        <source>Not signed in to %1: sign in first</source>
        <translation>Not signed in to %1: sign in first</translation>
    </message>
    <message>
        <source>No saved sign-in for %1 at %2: sign in again</source>
        <translation>No saved sign-in for %1 at %2: sign in again</translation>
    </message>
    <message>
        <source>Cannot read the saved sign-in: %1</source>
        <translation>Cannot read the saved sign-in: %1</translation>
    </message>
    <message>
        <source>The sign-in for %1 has expired: sign in again</source>
        <translation>The sign-in for %1 has expired: sign in again</translation>
    </message>
    <message>
        <source>The renewed sign-in could not be saved in the keychain (%1): this session goes on, but after a restart you will have to sign in again.</source>
        <translation>The renewed sign-in could not be saved in the keychain (%1): this session goes on, but after a restart you will have to sign in again.</translation>
    </message>
    <message>
        <source>The sign-in could not be forgotten in the store: %1</source>
        <translation>The sign-in could not be forgotten in the store: %1</translation>
    </message>
</context>
<context>
    <name>pass::SyncEngine</name>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Sync stopped: %1</translation>
    </message>
    <message>
        <source>Sync started with %1</source>
        <translation>Sync started with %1</translation>
    </message>
    <message>
        <source>Sync finished: %1 sent, %2 received, %3 conflicts, %4 refused</source>
        <translation>Sync finished: %1 sent, %2 received, %3 conflicts, %4 refused</translation>
    </message>
    <message>
        <source>Cannot store the portal&apos;s answer: %1</source>
        <translation>Cannot store the portal&apos;s answer: %1</translation>
    </message>
    <message>
        <source>The portal answered none of the %1 changes sent</source>
        <translation>The portal answered none of the %1 changes sent</translation>
    </message>
    <message>
        <source>The portal no longer knows our position (%1): downloading everything again; unsent edits are kept</source>
        <translation>The portal no longer knows our position (%1): downloading everything again; unsent edits are kept</translation>
    </message>
    <message>
        <source>The portal sent a change page without changes, next_cursor or has_more</source>
        <translation>The portal sent a change page without changes, next_cursor or has_more</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>%1 edits could not be applied by the portal now and wait for a retry: %2</source>
        <translation>%1 edits could not be applied by the portal now and wait for a retry: %2</translation>
    </message>
    <message>
        <source>%1 documents downloaded</source>
        <translation>%1 documents downloaded</translation>
    </message>
</context>
<context>
    <name>pass::SyncPanel</name>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>Conflicts…</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Sync log</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2%3</source>
        <translation>Signed in to %1 as %2%3</translation>
    </message>
    <message>
        <source> (this session only)</source>
        <translation> (this session only)</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Sign in…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Portal address:</source>
        <translation>Portal address:</translation>
    </message>
    <message>
        <source>The sign-in cannot be kept on this computer: %1.

Sign in for this session only? Nothing is saved and you will sign in again next time.</source>
        <translation>The sign-in cannot be kept on this computer: %1.

Sign in for this session only? Nothing is saved and you will sign in again next time.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Receiving</translation>
    </message>
    <message>
        <source>%1: %2 records, %3 KiB</source>
        <translation>%1: %2 records, %3 KiB</translation>
    </message>
    <message>
        <source>Portal account</source>
        <translation>Portal account</translation>
    </message>
    <message>
        <source>Sync summary</source>
        <translation>Sync summary</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Sync progress</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>Send the waiting edits to the portal and receive its changes</source>
        <translation>Send the waiting edits to the portal and receive its changes</translation>
    </message>
    <message>
        <source>Not signed in: working offline.</source>
        <translation>Not signed in: working offline.</translation>
    </message>
    <message>
        <source>Not signed in (%1): working offline.</source>
        <translation>Not signed in (%1): working offline.</translation>
    </message>
    <message>
        <source>Sync lists</source>
        <translation>Sync lists</translation>
    </message>
    <message>
        <source>Edits waiting for a retry</source>
        <translation>Edits waiting for a retry</translation>
    </message>
    <message>
        <source>Edits refused by the portal</source>
        <translation>Edits refused by the portal</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Log</translation>
    </message>
    <message>
        <source>Waiting for a &amp;retry</source>
        <translation>Waiting for a &amp;retry</translation>
    </message>
    <message>
        <source>Re&amp;fused by the portal</source>
        <translation>Re&amp;fused by the portal</translation>
    </message>
    <message>
        <source>%1 edits waiting (%2 of them for a retry) · %3 open conflicts · %4 refused edits · last sync: %5%6</source>
        <translation>%1 edits waiting (%2 of them for a retry) · %3 open conflicts · %4 refused edits · last sync: %5%6</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%3), %n attempt(s): %4</source>
        <translation>
            <numerusform>%1 %2 (%3), %n attempt: %4</numerusform>
            <numerusform>%1 %2 (%3), %n attempts: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>no answer</translation>
    </message>
    <message>
        <source>No edit is waiting for a retry.</source>
        <translation>No edit is waiting for a retry.</translation>
    </message>
    <message>
        <source> (field %1)</source>
        <translation> (field %1)</translation>
    </message>
    <message>
        <source>%1 %2 (%3), refused on %4%5: %6</source>
        <translation>%1 %2 (%3), refused on %4%5: %6</translation>
    </message>
    <message>
        <source>The portal refused no edit.</source>
        <translation>The portal refused no edit.</translation>
    </message>
    <message>
        <source>Waiting for a &amp;retry (%1)</source>
        <translation>Waiting for a &amp;retry (%1)</translation>
    </message>
    <message>
        <source>Re&amp;fused by the portal (%1)</source>
        <translation>Re&amp;fused by the portal (%1)</translation>
    </message>
    <message>
        <source>No sync yet: the first one starts in a moment.</source>
        <translation>No sync yet: the first one starts in a moment.</translation>
    </message>
    <message>
        <source>No sync yet: sign in to the portal to send your edits and receive its changes.</source>
        <translation>No sync yet: sign in to the portal to send your edits and receive its changes.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pass::TokenStore</name>
    <message>
        <source>the keychain is available</source>
        <translation>the keychain is available</translation>
    </message>
    <message>
        <source>no saved sign-in for this portal and account</source>
        <translation>no saved sign-in for this portal and account</translation>
    </message>
    <message>
        <source>no keychain service is available on this computer (e.g. GNOME Keyring, KWallet)</source>
        <translation>no keychain service is available on this computer (e.g. GNOME Keyring, KWallet)</translation>
    </message>
    <message>
        <source>the keychain is locked: unlock it (or log in to the desktop) and try again</source>
        <translation>the keychain is locked: unlock it (or log in to the desktop) and try again</translation>
    </message>
    <message>
        <source>access to the keychain was denied</source>
        <translation>access to the keychain was denied</translation>
    </message>
    <message>
        <source>the keychain reported an error</source>
        <translation>the keychain reported an error</translation>
    </message>
</context>
<context>
    <name>pass::UnreadableChoices</name>
    <message>
        <source>I cannot read the authorities from the store: %1</source>
        <translation>I cannot read the authorities from the store: %1</translation>
    </message>
</context>
<context>
    <name>pass::VisitCountersign</name>
    <message>
        <source>Dispute the visit</source>
        <translation>Dispute the visit</translation>
    </message>
    <message>
        <source>What does not match:</source>
        <translation>What does not match:</translation>
    </message>
    <message>
        <source>Sign in to the portal once to act on requests</source>
        <translation>Sign in to the portal once to act on requests</translation>
    </message>
    <message>
        <source>Choose a visit</source>
        <translation>Choose a visit</translation>
    </message>
</context>
<context>
    <name>pass::VisitForm</name>
    <message>
        <source>Type the authority&apos;s name</source>
        <translation>Type the authority&apos;s name</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Roles, not names: RUP, technical officer…</source>
        <translation>Roles, not names: RUP, technical officer…</translation>
    </message>
    <message>
        <source>What is to be done next (optional)</source>
        <translation>What is to be done next (optional)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>or</source>
        <translation>or</translation>
    </message>
    <message>
        <source>by</source>
        <translation>by</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>&amp;Authority:</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Request:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Participants:</translation>
    </message>
    <message>
        <source>What was &amp;done:</source>
        <translation>What was &amp;done:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Follow-up:</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves the visit and starts the next one.</source>
        <translation>Ctrl+Enter saves the visit and starts the next one.</translation>
    </message>
    <message>
        <source>Visits are logged by the experts assigned to a request.</source>
        <translation>Visits are logged by the experts assigned to a request.</translation>
    </message>
    <message>
        <source>request: choose one of your requests</source>
        <translation>request: choose one of your requests</translation>
    </message>
    <message>
        <source>Visit of %1 saved (%2 h): it will reach the portal at the next sync.</source>
        <translation>Visit of %1 saved (%2 h): it will reach the portal at the next sync.</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Follow-up due date</source>
        <translation>Follow-up due date</translation>
    </message>
    <message>
        <source>Result of the last save</source>
        <translation>Result of the last save</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>pass::VisitsView</name>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Every visit</source>
        <translation>Every visit</translation>
    </message>
    <message>
        <source>Visit log</source>
        <translation>Visit log</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Con&amp;firm visit</source>
        <translation>Con&amp;firm visit</translation>
    </message>
    <message>
        <source>Dis&amp;pute visit…</source>
        <translation>Dis&amp;pute visit…</translation>
    </message>
    <message>
        <source>&amp;My visits:</source>
        <translation>&amp;My visits:</translation>
    </message>
    <message>
        <source>&amp;Visits:</source>
        <translation>&amp;Visits:</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>All requests</translation>
    </message>
    <message>
        <source>Sign in to the portal once to see the visits</source>
        <translation>Sign in to the portal once to see the visits</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s), %1 h, of which %2 h confirmed</source>
        <translation>
            <numerusform>%n visit, %1 h, of which %2 h confirmed</numerusform>
            <numerusform>%n visits, %1 h, of which %2 h confirmed</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>New &amp;visit</source>
        <translation>New &amp;visit</translation>
    </message>
    <message>
        <source>Back to the form&apos;s first field for the next visit (Ctrl+Shift+N)</source>
        <translation>Back to the form&apos;s first field for the next visit (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>I cannot read your requests from the store: %1</source>
        <translation>I cannot read your requests from the store: %1</translation>
    </message>
    <message>
        <source>I cannot read the visits from the store: %1</source>
        <translation>I cannot read the visits from the store: %1</translation>
    </message>
</context>
</TS>
