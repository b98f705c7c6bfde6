<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>QObject</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 è vuoto</translation>
    </message>
    <message>
        <source>comuni-lombardia.csv line %1: ISTAT code '%2' is not 6 digits</source>
        <translation>comuni-lombardia.csv riga %1: il codice ISTAT '%2' non ha 6 cifre</translation>
    </message>
    <message>
        <source>procedure-terms.csv: unknown procedure '%1' or bad date</source>
        <translation>procedure-terms.csv: procedura '%1' sconosciuta o data non valida</translation>
    </message>
    <message>
        <source>authority_istat: missing</source>
        <translation>authority_istat: mancante</translation>
    </message>
    <message>
        <source>authority_istat: unknown authority '%1'</source>
        <translation>authority_istat: ente '%1' sconosciuto</translation>
    </message>
    <message>
        <source>procedure_code: unknown procedure '%1'</source>
        <translation>procedure_code: procedura '%1' sconosciuta</translation>
    </message>
    <message>
        <source>protocol_number: missing</source>
        <translation>protocol_number: mancante</translation>
    </message>
    <message>
        <source>start_date: missing or not a date</source>
        <translation>start_date: mancante o non è una data</translation>
    </message>
    <message>
        <source>end_date: %1 is before the start date %2</source>
        <translation>end_date: %1 precede la data di avvio %2</translation>
    </message>
    <message>
        <source>outcome: a concluded case file needs an outcome (express, tacit or withdrawn)</source>
        <translation>outcome: una pratica conclusa richiede un esito (express, tacit o withdrawn)</translation>
    </message>
    <message>
        <source>end_date: a case file with an outcome needs its end date</source>
        <translation>end_date: una pratica con esito richiede la data di conclusione</translation>
    </message>
    <message>
        <source>suspensions: a period ends before it starts</source>
        <translation>suspensions: un periodo termina prima di iniziare</translation>
    </message>
    <message>
        <source>Case file %1 does not exist</source>
        <translation>La pratica %1 non esiste</translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation>Impossibile aprire l'archivio %1: %2</translation>
    </message>
    <message>
        <source>Cannot configure the store %1: %2</source>
        <translation>Impossibile configurare l'archivio %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossibile creare la cartella %1</translation>
    </message>
    <message>
        <source>Cannot create the store %1: %2</source>
        <translation>Impossibile creare l'archivio %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PAsS Desktop store (not an SQLite database).</source>
        <translation>%1 non è un archivio di PAsS Desktop (non è un database SQLite).</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer version of PAsS Desktop (schema %2; this version knows up to %3). It was not modified: please update PAsS Desktop.</source>
        <translation>L'archivio %1 è stato scritto da una versione più recente di PAsS Desktop (schema %2; questa versione arriva al %3). Non è stato modificato: aggiornare PAsS Desktop.</translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Impossibile leggere la versione dello schema: %1</translation>
    </message>
    <message>
        <source>Upgrading the store to version %1 failed: %2</source>
        <translation>Aggiornamento dell'archivio alla versione %1 non riuscito: %2</translation>
    </message>
    <message>
        <source>Cannot start a write to the store: %1</source>
        <translation>Impossibile avviare una scrittura nell'archivio: %1</translation>
    </message>
    <message>
        <source>Cannot save to the store: %1</source>
        <translation>Impossibile salvare nell'archivio: %1</translation>
    </message>
    <message>
        <source>The store's SQLite handle is not available for bulk writing</source>
        <translation>L'handle SQLite dell'archivio non è disponibile per la scrittura massiva</translation>
    </message>
    <message>
        <source>Case file %1 (%2): %3</source>
        <translation>Pratica %1 (%2): %3</translation>
    </message>
    <message>
        <source>No authorities to generate demo data for</source>
        <translation>Nessun ente per cui generare i dati dimostrativi</translation>
    </message>
    <message>
        <source>Cannot write the export: %1</source>
        <translation>Impossibile scrivere l'esportazione: %1</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Esportazione annullata</translation>
    </message>
    <message>
        <source>subject: a support request needs a subject</source>
        <translation>subject: una richiesta di supporto richiede un oggetto</translation>
    </message>
    <message>
        <source>status: a request cannot go from %1 to %2</source>
        <translation>status: una richiesta non può passare da %1 a %2</translation>
    </message>
    <message>
        <source>date: a visit needs its date</source>
        <translation>date: una visita richiede la data</translation>
    </message>
    <message>
        <source>Unknown entity %1</source>
        <translation>Entità sconosciuta %1</translation>
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
        <translation>PAsS Desktop: le pratiche monitorate, gli indicatori DFP e il grafico dell'arretrato del programma PNRR "1000 esperti", anche senza connessione.</translation>
    </message>
    <message>
        <source>Use the store at &lt;path&gt; instead of the default one.</source>
        <translation>Usa l'archivio in &lt;percorso&gt; invece di quello predefinito.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>percorso</translation>
    </message>
    <message>
        <source>Fill the store with demo data if it has no case files.</source>
        <translation>Riempie l'archivio con dati dimostrativi se non contiene pratiche.</translation>
    </message>
    <message>
        <source>User interface language: it (default) or en.</source>
        <translation>Lingua dell'interfaccia: it (predefinita) o en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>lingua</translation>
    </message>
    <message>
        <source>Print the time from start to an interactive window (for benchmarks).</source>
        <translation>Stampa il tempo dall'avvio alla finestra utilizzabile (per i benchmark).</translation>
    </message>
    <message>
        <source>Quit as soon as the window is interactive (for benchmarks).</source>
        <translation>Esce appena la finestra è utilizzabile (per i benchmark).</translation>
    </message>
    <message>
        <source>Creating the demo data…</source>
        <translation>Creazione dei dati dimostrativi…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>pass::BacklogChartData</name>
    <message>
        <source>All task forces</source>
        <translation>Tutte le task force</translation>
    </message>
</context>
<context>
    <name>pass::BacklogChartView</name>
    <message>
        <source>Task force shown in the chart</source>
        <translation>Task force mostrata nel grafico</translation>
    </message>
    <message>
        <source>Backlog &amp;chart:</source>
        <translation>&amp;Grafico arretrato:</translation>
    </message>
    <message>
        <source>Chart status</source>
        <translation>Stato del grafico</translation>
    </message>
    <message>
        <source>Backlog per semester</source>
        <translation>Arretrato per semestre</translation>
    </message>
    <message>
        <source>All task forces</source>
        <translation>Tutte le task force</translation>
    </message>
    <message>
        <source>Computing the indicators…</source>
        <translation>Calcolo degli indicatori in corso…</translation>
    </message>
    <message>
        <source>The indicators could not be computed: %1</source>
        <translation>Impossibile calcolare gli indicatori: %1</translation>
    </message>
    <message>
        <source>No case files yet: the chart appears once there are some.</source>
        <translation>Nessuna pratica: il grafico comparirà quando ce ne saranno.</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semestre</translation>
    </message>
    <message>
        <source>Case files in backlog</source>
        <translation>Pratiche in arretrato</translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation>Baseline %1</translation>
    </message>
    <message>
        <source>Target: −%1% by %2</source>
        <translation>Obiettivo: −%1% entro il %2</translation>
    </message>
    <message>
        <source>No figures to show.</source>
        <translation>Nessun dato da mostrare.</translation>
    </message>
    <message>
        <source>%1: backlog %2 in %3.</source>
        <translation>%1: arretrato %2 nel %3.</translation>
    </message>
    <message>
        <source>Baseline %1: %2.</source>
        <translation>Baseline %1: %2.</translation>
    </message>
    <message>
        <source>Gross backlog: case files still open at the end of the semester and past their legal term, in calendar days with suspensions included. * running semester, counted at its last day.</source>
        <translation>Arretrato lordo: pratiche ancora aperte a fine semestre oltre il termine di legge, in giorni di calendario comprese le sospensioni. * semestre in corso, contato al suo ultimo giorno.</translation>
    </message>
</context>
<context>
    <name>pass::CaseFilePanel</name>
    <message>
        <source>Open and &amp;overdue only</source>
        <translation>Solo aperte e &amp;scadute</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>A&amp;zzera filtri</translation>
    </message>
    <message>
        <source>Authority filter</source>
        <translation>Filtro per ente</translation>
    </message>
    <message>
        <source>Show the case files of one authority; type to search the list</source>
        <translation>Mostra le pratiche di un ente; digitare per cercare nell'elenco</translation>
    </message>
    <message>
        <source>Task force filter</source>
        <translation>Filtro per task force</translation>
    </message>
    <message>
        <source>Procedure filter</source>
        <translation>Filtro per procedura</translation>
    </message>
    <message>
        <source>Show only open case files past their legal term</source>
        <translation>Mostra solo le pratiche aperte oltre il termine di legge</translation>
    </message>
    <message>
        <source>Open case files whose legal term, in calendar days with suspensions included, is already past today</source>
        <translation>Pratiche aperte il cui termine di legge, in giorni di calendario comprese le sospensioni, è già superato oggi</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>Azzera tutti i filtri</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>&amp;Ente:</translation>
    </message>
    <message>
        <source>&amp;Task force:</source>
        <translation>&amp;Task force:</translation>
    </message>
    <message>
        <source>&amp;Procedure:</source>
        <translation>&amp;Procedura:</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>Pratiche</translation>
    </message>
    <message>
        <source>One row per case file; overdue ones are highlighted in red, those close to their legal term in yellow</source>
        <translation>Una riga per pratica; quelle scadute sono evidenziate in rosso, quelle vicine al termine di legge in giallo</translation>
    </message>
    <message>
        <source>All authorities</source>
        <translation>Tutti gli enti</translation>
    </message>
    <message>
        <source>All task forces</source>
        <translation>Tutte le task force</translation>
    </message>
    <message>
        <source>All procedures</source>
        <translation>Tutte le procedure</translation>
    </message>
</context>
<context>
    <name>pass::CaseFileTableModel</name>
    <message>
        <source>Open, suspended</source>
        <translation>Aperta, sospesa</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperta</translation>
    </message>
    <message>
        <source>Express decision</source>
        <translation>Provvedimento espresso</translation>
    </message>
    <message>
        <source>Tacit approval</source>
        <translation>Silenzio assenso</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Archiviata (rinuncia)</translation>
    </message>
    <message>
        <source>%1 of %2 days</source>
        <translation>%1 su %2 gg</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>scaduta</translation>
    </message>
    <message>
        <source>ISTAT code %1</source>
        <translation>Codice ISTAT %1</translation>
    </message>
    <message>
        <source>Overdue: open for %1 days, %2 days past the legal term of %3 days</source>
        <translation>Scaduta: aperta da %1 giorni, %2 giorni oltre il termine di legge di %3 giorni</translation>
    </message>
    <message>
        <source>Close to the legal term: %1 days left</source>
        <translation>Vicina al termine di legge: restano %1 giorni</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Ente</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedura</translation>
    </message>
    <message>
        <source>Protocol no.</source>
        <translation>N. protocollo</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Avvio</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Conclusione</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Days / legal term</source>
        <translation>Giorni / termine</translation>
    </message>
    <message>
        <source>Sorts by ISTAT code, then protocol number</source>
        <translation>Ordina per codice ISTAT, poi per numero di protocollo</translation>
    </message>
    <message>
        <source>Sorts by procedure, then start date</source>
        <translation>Ordina per procedura, poi per data di avvio</translation>
    </message>
    <message>
        <source>Sorts by start date</source>
        <translation>Ordina per data di avvio</translation>
    </message>
    <message>
        <source>Calendar days from the start to the conclusion (or to today), suspensions included, against the legal term</source>
        <translation>Giorni di calendario dall'avvio alla conclusione (o a oggi), sospensioni comprese, rispetto al termine di legge</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Questa colonna non si può ordinare</translation>
    </message>
    <message>
        <source>%1 days, no term</source>
        <translation>%1 gg, senza termine</translation>
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
        <translation>File dell'archivio</translation>
    </message>
    <message>
        <source>Case file counts</source>
        <translation>Conteggio delle pratiche</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>&amp;Apri archivio…</translation>
    </message>
    <message>
        <source>Open another PAsS Desktop store file</source>
        <translation>Apre un altro archivio di PAsS Desktop</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filtri</translation>
    </message>
    <message>
        <source>Move the focus to the case-file filters</source>
        <translation>Sposta il cursore sui filtri delle pratiche</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>A&amp;zzera filtri</translation>
    </message>
    <message>
        <source>Backlog &amp;chart</source>
        <translation>&amp;Grafico arretrato</translation>
    </message>
    <message>
        <source>Case &amp;files</source>
        <translation>&amp;Pratiche</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About PAsS Desktop</source>
        <translation>&amp;Informazioni su PAsS Desktop</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Archivio: %1</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Apri archivio</translation>
    </message>
    <message>
        <source>PAsS Desktop stores (*.db *.sqlite);;All files (*)</source>
        <translation>Archivi di PAsS Desktop (*.db *.sqlite);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>%1 case files</source>
        <translation>%1 pratiche</translation>
    </message>
    <message>
        <source>%1 of %2 case files shown</source>
        <translation>%1 pratiche visualizzate su %2</translation>
    </message>
    <message>
        <source>About PAsS Desktop</source>
        <translation>Informazioni su PAsS Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PAsS Desktop %1&lt;/h3&gt;&lt;p&gt;The offline client of the PAsS platform (PNRR ASsistenza e Supporto) for the authorities and the experts of the PNRR "1000 esperti" programme (M1-C1-2.2.1).&lt;/p&gt;&lt;p&gt;It keeps the monitored case files in a local store, computes the DFP semester indicators (DPCM 12 November 2021, Annex B) and shows the backlog against the baseline and the target.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PAsS Desktop %1&lt;/h3&gt;&lt;p&gt;Il client utilizzabile senza connessione della piattaforma PAsS (PNRR ASsistenza e Supporto) per gli enti e gli esperti del programma PNRR "1000 esperti" (M1-C1-2.2.1).&lt;/p&gt;&lt;p&gt;Conserva le pratiche monitorate in un archivio locale, calcola gli indicatori semestrali DFP (DPCM 12 novembre 2021, Allegato B) e mostra l'arretrato rispetto alla baseline e all'obiettivo.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
