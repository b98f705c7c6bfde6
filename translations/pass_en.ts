<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>comuni-lombardia.csv line %1: ISTAT code '%2' is not 6 digits</source>
        <translation>comuni-lombardia.csv line %1: ISTAT code '%2' is not 6 digits</translation>
    </message>
    <message>
        <source>procedure-terms.csv: unknown procedure '%1' or bad date</source>
        <translation>procedure-terms.csv: unknown procedure '%1' or bad date</translation>
    </message>
    <message>
        <source>authority_istat: missing</source>
        <translation>authority_istat: missing</translation>
    </message>
    <message>
        <source>authority_istat: unknown authority '%1'</source>
        <translation>authority_istat: unknown authority '%1'</translation>
    </message>
    <message>
        <source>procedure_code: unknown procedure '%1'</source>
        <translation>procedure_code: unknown procedure '%1'</translation>
    </message>
    <message>
        <source>protocol_number: missing</source>
        <translation>protocol_number: missing</translation>
    </message>
    <message>
        <source>start_date: missing or not a date</source>
        <translation>start_date: missing or not a date</translation>
    </message>
    <message>
        <source>end_date: %1 is before the start date %2</source>
        <translation>end_date: %1 is before the start date %2</translation>
    </message>
    <message>
        <source>outcome: a concluded case file needs an outcome (express, tacit or withdrawn)</source>
        <translation>outcome: a concluded case file needs an outcome (express, tacit or withdrawn)</translation>
    </message>
    <message>
        <source>end_date: a case file with an outcome needs its end date</source>
        <translation>end_date: a case file with an outcome needs its end date</translation>
    </message>
    <message>
        <source>suspensions: a period ends before it starts</source>
        <translation>suspensions: a period ends before it starts</translation>
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
        <source>The store's SQLite handle is not available for bulk writing</source>
        <translation>The store's SQLite handle is not available for bulk writing</translation>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>PAsS Desktop</source>
        <translation>PAsS Desktop</translation>
    </message>
    <message>
        <source>PAsS Desktop: the monitored case files, the DFP indicators and the backlog chart of the PNRR "1000 esperti" programme, offline.</source>
        <translation>PAsS Desktop: the monitored case files, the DFP indicators and the backlog chart of the PNRR "1000 esperti" programme, offline.</translation>
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
</context>
<context>
    <name>pass::BacklogChartData</name>
    <message>
        <source>All task forces</source>
        <translation>All task forces</translation>
    </message>
</context>
<context>
    <name>pass::BacklogChartView</name>
    <message>
        <source>Task force shown in the chart</source>
        <translation>Task force shown in the chart</translation>
    </message>
    <message>
        <source>Backlog &amp;chart:</source>
        <translation>Backlog &amp;chart:</translation>
    </message>
    <message>
        <source>Chart status</source>
        <translation>Chart status</translation>
    </message>
    <message>
        <source>Backlog per semester</source>
        <translation>Backlog per semester</translation>
    </message>
    <message>
        <source>All task forces</source>
        <translation>All task forces</translation>
    </message>
    <message>
        <source>Computing the indicators…</source>
        <translation>Computing the indicators…</translation>
    </message>
    <message>
        <source>The indicators could not be computed: %1</source>
        <translation>The indicators could not be computed: %1</translation>
    </message>
    <message>
        <source>No case files yet: the chart appears once there are some.</source>
        <translation>No case files yet: the chart appears once there are some.</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semester</translation>
    </message>
    <message>
        <source>Case files in backlog</source>
        <translation>Case files in backlog</translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation>Baseline %1</translation>
    </message>
    <message>
        <source>Target: −%1% by %2</source>
        <translation>Target: −%1% by %2</translation>
    </message>
    <message>
        <source>No figures to show.</source>
        <translation>No figures to show.</translation>
    </message>
    <message>
        <source>%1: backlog %2 in %3.</source>
        <translation>%1: backlog %2 in %3.</translation>
    </message>
    <message>
        <source>Baseline %1: %2.</source>
        <translation>Baseline %1: %2.</translation>
    </message>
    <message>
        <source>Gross backlog: case files still open at the end of the semester and past their legal term, in calendar days with suspensions included. * running semester, counted at its last day.</source>
        <translation>Gross backlog: case files still open at the end of the semester and past their legal term, in calendar days with suspensions included. * running semester, counted at its last day.</translation>
    </message>
</context>
<context>
    <name>pass::CaseFilePanel</name>
    <message>
        <source>Open and &amp;overdue only</source>
        <translation>Open and &amp;overdue only</translation>
    </message>
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
        <source>Show only open case files past their legal term</source>
        <translation>Show only open case files past their legal term</translation>
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
        <source>One row per case file; overdue ones are highlighted in red, those close to their legal term in yellow</source>
        <translation>One row per case file; overdue ones are highlighted in red, those close to their legal term in yellow</translation>
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
</context>
<context>
    <name>pass::CaseFileTableModel</name>
    <message>
        <source>Open, suspended</source>
        <translation>Open, suspended</translation>
    </message>
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
        <source>Close to the legal term: %1 days left</source>
        <translation>Close to the legal term: %1 days left</translation>
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
</context>
<context>
    <name>pass::MainWindow</name>
    <message>
        <source>PAsS Desktop</source>
        <translation>PAsS Desktop</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>Store file</translation>
    </message>
    <message>
        <source>Case file counts</source>
        <translation>Case file counts</translation>
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
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
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
        <source>&amp;Clear filters</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <source>Backlog &amp;chart</source>
        <translation>Backlog &amp;chart</translation>
    </message>
    <message>
        <source>Case &amp;files</source>
        <translation>Case &amp;files</translation>
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
        <source>Store: %1</source>
        <translation>Store: %1</translation>
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
        <source>%1 case files</source>
        <translation>%1 case files</translation>
    </message>
    <message>
        <source>%1 of %2 case files shown</source>
        <translation>%1 of %2 case files shown</translation>
    </message>
    <message>
        <source>About PAsS Desktop</source>
        <translation>About PAsS Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PAsS Desktop %1&lt;/h3&gt;&lt;p&gt;The offline client of the PAsS platform (PNRR ASsistenza e Supporto) for the authorities and the experts of the PNRR "1000 esperti" programme (M1-C1-2.2.1).&lt;/p&gt;&lt;p&gt;It keeps the monitored case files in a local store, computes the DFP semester indicators (DPCM 12 November 2021, Annex B) and shows the backlog against the baseline and the target.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PAsS Desktop %1&lt;/h3&gt;&lt;p&gt;The offline client of the PAsS platform (PNRR ASsistenza e Supporto) for the authorities and the experts of the PNRR "1000 esperti" programme (M1-C1-2.2.1).&lt;/p&gt;&lt;p&gt;It keeps the monitored case files in a local store, computes the DFP semester indicators (DPCM 12 November 2021, Annex B) and shows the backlog against the baseline and the target.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
