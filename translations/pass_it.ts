<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AccountIdentity</name>
    <message>
        <source>the portal did not say who you are</source>
        <translation>il portale non ha detto chi sei</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: write NAME:ROLE[:ISTAT,ISTAT…], the role being authority, expert or coordinator</source>
        <translation>&apos;%1&apos;: scrivi NOME:RUOLO[:ISTAT,ISTAT…], dove il ruolo è authority, expert o coordinator</translation>
    </message>
</context>
<context>
    <name>AuthoritySummaries</name>
    <message>
        <source>Cannot read the authorities: %1</source>
        <translation>Impossibile leggere gli enti: %1</translation>
    </message>
    <message>
        <source>Cannot count the case files: %1</source>
        <translation>Impossibile contare le pratiche: %1</translation>
    </message>
    <message>
        <source>Cannot compute the backlog of %1: %2</source>
        <translation>Impossibile calcolare l&apos;arretrato di %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the targets: %1</source>
        <translation>Impossibile leggere gli obiettivi: %1</translation>
    </message>
</context>
<context>
    <name>CaseFileCommands</name>
    <message>
        <source>The case file no longer exists: it was deleted, here or by a sync.</source>
        <translation>La pratica non esiste più: è stata eliminata, qui o da una sincronizzazione.</translation>
    </message>
    <message>
        <source>Meanwhile %1 changed (by another edit or a sync): reopen the case file to see its current values.</source>
        <translation>Nel frattempo è cambiato: %1 (per un&apos;altra modifica o una sincronizzazione). Riapri la pratica per vedere i valori attuali.</translation>
    </message>
</context>
<context>
    <name>CaseFileField</name>
    <message>
        <source>Authority</source>
        <translation>Ente</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedura</translation>
    </message>
    <message>
        <source>Protocol number</source>
        <translation>Numero di protocollo</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data di avvio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data di conclusione</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Services conference</source>
        <translation>Conferenza di servizi</translation>
    </message>
    <message>
        <source>Suspensions</source>
        <translation>Sospensioni</translation>
    </message>
    <message>
        <source>Responsible officer</source>
        <translation>Responsabile del procedimento</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>CaseFileUndoCommand</name>
    <message>
        <source>create case file %1</source>
        <translation>creazione della pratica %1</translation>
    </message>
    <message>
        <source>edit of case file %1</source>
        <translation>modifica della pratica %1</translation>
    </message>
    <message>
        <source>delete case file %1</source>
        <translation>eliminazione della pratica %1</translation>
    </message>
    <message>
        <source>Cannot undo “%1”: %2</source>
        <translation>Impossibile annullare «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot redo “%1”: %2</source>
        <translation>Impossibile ripetere «%1»: %2</translation>
    </message>
</context>
<context>
    <name>CaseFileValidator</name>
    <message>
        <source>Another case file of this authority already has protocol number %1 (started on %2).</source>
        <translation>Un&apos;altra pratica di questo ente ha già il numero di protocollo %1 (avviata il %2).</translation>
    </message>
    <message>
        <source>Choose the authority the case file belongs to.</source>
        <translation>Scegli l&apos;ente a cui appartiene la pratica.</translation>
    </message>
    <message>
        <source>There is no authority with ISTAT code %1.</source>
        <translation>Non esiste un ente con codice ISTAT %1.</translation>
    </message>
    <message>
        <source>Choose the procedure.</source>
        <translation>Scegli la procedura.</translation>
    </message>
    <message>
        <source>%1 is not one of the monitored procedures.</source>
        <translation>%1 non è una delle procedure monitorate.</translation>
    </message>
    <message>
        <source>%1 does not handle this procedure: it belongs to %2.</source>
        <translation>%1 non gestisce questa procedura: è di competenza di %2.</translation>
    </message>
    <message>
        <source>Enter the protocol number.</source>
        <translation>Inserisci il numero di protocollo.</translation>
    </message>
    <message>
        <source>Enter the date the application was received.</source>
        <translation>Inserisci la data in cui è arrivata l&apos;istanza.</translation>
    </message>
    <message>
        <source>The start date is after today.</source>
        <translation>La data di avvio è successiva a oggi.</translation>
    </message>
    <message>
        <source>The end date comes before the start date (%1).</source>
        <translation>La data di conclusione è precedente alla data di avvio (%1).</translation>
    </message>
    <message>
        <source>The end date is after today.</source>
        <translation>La data di conclusione è successiva a oggi.</translation>
    </message>
    <message>
        <source>A case file with an outcome needs the date it ended.</source>
        <translation>Una pratica con un esito richiede la data di conclusione.</translation>
    </message>
    <message>
        <source>Say how the case file ended: express decision, tacit approval or withdrawn.</source>
        <translation>Indica come si è conclusa la pratica: provvedimento espresso, silenzio assenso o archiviata per rinuncia.</translation>
    </message>
    <message>
        <source>Suspension %1: enter both dates, or only a number of days.</source>
        <translation>Sospensione %1: inserisci entrambe le date, oppure solo il numero di giorni.</translation>
    </message>
    <message>
        <source>Suspension %1 ends before it begins.</source>
        <translation>La sospensione %1 finisce prima di iniziare.</translation>
    </message>
    <message>
        <source>Suspension %1 begins before the case file started.</source>
        <translation>La sospensione %1 inizia prima dell&apos;avvio della pratica.</translation>
    </message>
    <message>
        <source>Suspension %1 ends after the case file ended.</source>
        <translation>La sospensione %1 finisce dopo la conclusione della pratica.</translation>
    </message>
    <message>
        <source>Suspension %1: enter its dates or its number of days.</source>
        <translation>Sospensione %1: inserisci le date o il numero di giorni.</translation>
    </message>
    <message>
        <source>Suspension %1: %2 days is too long.</source>
        <translation>Sospensione %1: %2 giorni sono troppi.</translation>
    </message>
    <message>
        <source>The protocol number cannot be checked: the store cannot be read (%1).</source>
        <translation>Non è possibile controllare il numero di protocollo: l&apos;archivio non si può leggere (%1).</translation>
    </message>
    <message>
        <source>The authorities and procedures cannot be read from the store: %1</source>
        <translation>Non è possibile leggere enti e procedimenti dall&apos;archivio: %1</translation>
    </message>
</context>
<context>
    <name>DomainLabels</name>
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
        <source>Open, suspended</source>
        <translation>Aperta, sospesa</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Inviata</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accettata</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Assegnata</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Evasa</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Respinta</translation>
    </message>
    <message>
        <source>Withdrawn (request)</source>
        <translation>Ritirata</translation>
    </message>
    <message>
        <source>Technical assistance</source>
        <translation>Assistenza tecnica</translation>
    </message>
    <message>
        <source>Legal assistance</source>
        <translation>Assistenza giuridica</translation>
    </message>
    <message>
        <source>Specialist coaching</source>
        <translation>Affiancamento specialistico</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formazione</translation>
    </message>
    <message>
        <source>Focus group</source>
        <translation>Focus group</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bassa</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>In presenza</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>A distanza</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Pratica</translation>
    </message>
    <message>
        <source>Support request</source>
        <translation>Richiesta di supporto</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
</context>
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
        <source>comuni-lombardia.csv line %1: ISTAT code &apos;%2&apos; is not 6 digits</source>
        <translation>comuni-lombardia.csv riga %1: il codice ISTAT &apos;%2&apos; non ha 6 cifre</translation>
    </message>
    <message>
        <source>procedure-terms.csv: unknown procedure &apos;%1&apos; or bad date</source>
        <translation>procedure-terms.csv: procedura &apos;%1&apos; sconosciuta o data non valida</translation>
    </message>
    <message>
        <source>Case file %1 does not exist</source>
        <translation>La pratica %1 non esiste</translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation>Impossibile aprire l&apos;archivio %1: %2</translation>
    </message>
    <message>
        <source>Cannot configure the store %1: %2</source>
        <translation>Impossibile configurare l&apos;archivio %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossibile creare la cartella %1</translation>
    </message>
    <message>
        <source>Cannot create the store %1: %2</source>
        <translation>Impossibile creare l&apos;archivio %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PAsS Desktop store (not an SQLite database).</source>
        <translation>%1 non è un archivio di PAsS Desktop (non è un database SQLite).</translation>
    </message>
    <message>
        <source>The store %1 was written by a newer version of PAsS Desktop (schema %2; this version knows up to %3). It was not modified: please update PAsS Desktop.</source>
        <translation>L&apos;archivio %1 è stato scritto da una versione più recente di PAsS Desktop (schema %2; questa versione arriva al %3). Non è stato modificato: aggiornare PAsS Desktop.</translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Impossibile leggere la versione dello schema: %1</translation>
    </message>
    <message>
        <source>Upgrading the store to version %1 failed: %2</source>
        <translation>Aggiornamento dell&apos;archivio alla versione %1 non riuscito: %2</translation>
    </message>
    <message>
        <source>Cannot start a write to the store: %1</source>
        <translation>Impossibile avviare una scrittura nell&apos;archivio: %1</translation>
    </message>
    <message>
        <source>Cannot save to the store: %1</source>
        <translation>Impossibile salvare nell&apos;archivio: %1</translation>
    </message>
    <message>
        <source>The store&apos;s SQLite handle is not available for bulk writing</source>
        <translation>L&apos;handle SQLite dell&apos;archivio non è disponibile per la scrittura massiva</translation>
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
        <translation>Impossibile scrivere l&apos;esportazione: %1</translation>
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
    <message>
        <source>no column for %1 (looked for: %2); map one in the mapping</source>
        <translation>nessuna colonna per %1 (cercate: %2); associarne una nella mappatura</translation>
    </message>
    <message>
        <source>no column for authority_istat: map one or give the authority (--authority)</source>
        <translation>nessuna colonna per authority_istat: associarne una o indicare l&apos;ente (--authority)</translation>
    </message>
    <message>
        <source>%1, header: %2</source>
        <translation>%1, intestazione: %2</translation>
    </message>
    <message>
        <source>cannot write the rejected rows to %1: %2</source>
        <translation>impossibile scrivere le righe scartate in %1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice in this file for authority %2 (first at %3)</source>
        <translation>&apos;%1&apos; compare due volte in questo file per l&apos;ente %2 (la prima a %3)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>il file è vuoto</translation>
    </message>
    <message>
        <source>this is a ZIP archive (an Excel workbook?), not a CSV file</source>
        <translation>questo è un archivio ZIP (una cartella di lavoro Excel?), non un file CSV</translation>
    </message>
    <message>
        <source>the file looks like UTF-16 text without a byte order mark: choose the UTF-16 encoding or save it as CSV UTF-8</source>
        <translation>il file sembra testo UTF-16 senza BOM: scegliere la codifica UTF-16 o salvarlo come CSV UTF-8</translation>
    </message>
    <message>
        <source>the file contains binary data (NUL bytes): it is not a CSV text file</source>
        <translation>il file contiene dati binari (byte NUL): non è un file di testo CSV</translation>
    </message>
    <message>
        <source>the file contains binary data (control characters): it is not a CSV text file</source>
        <translation>il file contiene dati binari (caratteri di controllo): non è un file di testo CSV</translation>
    </message>
    <message>
        <source>the file ends in the middle of a UTF-16 character</source>
        <translation>il file termina a metà di un carattere UTF-16</translation>
    </message>
    <message>
        <source>the file is not valid UTF-16 text</source>
        <translation>il file non è testo UTF-16 valido</translation>
    </message>
    <message>
        <source>%1, %2: the bytes are not valid UTF-8; the file is probably Windows-1252 (ANSI): choose that encoding</source>
        <translation>%1, %2: i byte non sono UTF-8 valido; il file è probabilmente Windows-1252 (ANSI): scegliere quella codifica</translation>
    </message>
    <message>
        <source>%1, %2: a quoted field is never closed (unterminated quote)</source>
        <translation>%1, %2: un campo tra virgolette non viene mai chiuso (virgolette non terminate)</translation>
    </message>
    <message>
        <source>%1: the record is longer than 1 MiB; a quote is probably never closed</source>
        <translation>%1: il record supera 1 MiB; probabilmente delle virgolette non vengono mai chiuse</translation>
    </message>
    <message>
        <source>%1: the record is longer than 1 MiB</source>
        <translation>%1: il record supera 1 MiB</translation>
    </message>
    <message>
        <source>%1, %2: binary data (a NUL byte) in a text file</source>
        <translation>%1, %2: dati binari (un byte NUL) in un file di testo</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colonna %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>riga %1</translation>
    </message>
    <message>
        <source>CSV, separator &apos;%1&apos;, encoding %2</source>
        <translation>CSV, separatore &apos;%1&apos;, codifica %2</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>Formato: %1</translation>
    </message>
    <message>
        <source>Header: %1</source>
        <translation>Intestazione: %1</translation>
    </message>
    <message>
        <source>Error: %1: %2</source>
        <translation>Errore: %1: %2</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Rows: %1 read, %2 new, %3 updated, %4 unchanged, %5 rejected</source>
        <translation>Righe: %1 lette, %2 nuove, %3 aggiornate, %4 invariate, %5 scartate</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>Annullato: non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Prova senza scrittura: non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>Applicato.</translation>
    </message>
    <message>
        <source>Not applied: some rows were rejected and the import was all-or-nothing; nothing was changed.</source>
        <translation>Non applicato: alcune righe sono state scartate e l&apos;importazione era tutto-o-niente; non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>Unknown value for %1: &apos;%2&apos; (rows: %3)</source>
        <translation>Valore sconosciuto per %1: &apos;%2&apos; (righe: %3)</translation>
    </message>
    <message>
        <source>… and %1 more problems</source>
        <translation>… e altri %1 problemi</translation>
    </message>
    <message>
        <source>Rejected rows written to %1</source>
        <translation>Righe scartate scritte in %1</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossibile aprire il file: %1</translation>
    </message>
    <message>
        <source>the file has no rows</source>
        <translation>il file non ha righe</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossibile creare %1</translation>
    </message>
    <message>
        <source>cannot read the mapping %1: %2</source>
        <translation>impossibile leggere la mappatura %1: %2</translation>
    </message>
    <message>
        <source>%1 is not an import mapping: %2</source>
        <translation>%1 non è una mappatura di importazione: %2</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>formato sconosciuto</translation>
    </message>
    <message>
        <source>no authority is named &apos;%1&apos;</source>
        <translation>nessun ente si chiama &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown procedure &apos;%1&apos;: choose its catalogue code in the mapping</source>
        <translation>procedura &apos;%1&apos; sconosciuta: sceglierne il codice di catalogo nella mappatura</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no</source>
        <translation>&apos;%1&apos; non è sì o no</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date</source>
        <translation>&apos;%1&apos; non è una data</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an outcome, not a date: the end date is missing</source>
        <translation>&apos;%1&apos; è un esito, non una data: manca la data di conclusione</translation>
    </message>
    <message>
        <source>unknown outcome &apos;%1&apos;: say in the mapping whether it means express, tacit, withdrawn or open</source>
        <translation>esito &apos;%1&apos; sconosciuto: indicare nella mappatura se significa provvedimento espresso, silenzio assenso, ritirata o ancora aperta</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not say whether the terms were suspended</source>
        <translation>&apos;%1&apos; non indica se i termini sono stati sospesi</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of days</source>
        <translation>&apos;%1&apos; non è un numero di giorni</translation>
    </message>
    <message>
        <source>cannot read %1 in the workbook (damaged ZIP)</source>
        <translation>impossibile leggere %1 nella cartella di lavoro (ZIP danneggiato)</translation>
    </message>
    <message>
        <source>%1 in the workbook is too large</source>
        <translation>%1 nella cartella di lavoro è troppo grande</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>il file non esiste</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes): not an Excel workbook</source>
        <translation>il file è vuoto (0 byte): non è una cartella di lavoro Excel</translation>
    </message>
    <message>
        <source>the file is not a valid ZIP archive (damaged, truncated or another format), so it is not an XLSX workbook</source>
        <translation>il file non è un archivio ZIP valido (danneggiato, troncato o di altro formato), quindi non è una cartella di lavoro XLSX</translation>
    </message>
    <message>
        <source>the ZIP archive has no xl/workbook.xml: it is not an Excel workbook (an .xls from Excel 97–2003 must be saved as .xlsx first)</source>
        <translation>l&apos;archivio ZIP non contiene xl/workbook.xml: non è una cartella di lavoro Excel (un .xls di Excel 97–2003 va prima salvato come .xlsx)</translation>
    </message>
    <message>
        <source>xl/workbook.xml is not valid XML (line %1): %2</source>
        <translation>xl/workbook.xml non è XML valido (riga %1): %2</translation>
    </message>
    <message>
        <source>the workbook has no sheets</source>
        <translation>la cartella di lavoro non ha fogli</translation>
    </message>
    <message>
        <source>cannot read xl/sharedStrings.xml (damaged ZIP)</source>
        <translation>impossibile leggere xl/sharedStrings.xml (ZIP danneggiato)</translation>
    </message>
    <message>
        <source>the workbook&apos;s shared strings exceed %1 million characters</source>
        <translation>le stringhe condivise della cartella di lavoro superano %1 milioni di caratteri</translation>
    </message>
    <message>
        <source>xl/sharedStrings.xml is not valid XML (line %1): %2</source>
        <translation>xl/sharedStrings.xml non è XML valido (riga %1): %2</translation>
    </message>
    <message>
        <source>the workbook has no sheet named &apos;%1&apos; (sheets: %2)</source>
        <translation>la cartella di lavoro non ha un foglio chiamato &apos;%1&apos; (fogli: %2)</translation>
    </message>
    <message>
        <source>the workbook lists sheet &apos;%1&apos; but has no %2</source>
        <translation>la cartella di lavoro elenca il foglio &apos;%1&apos; ma non contiene %2</translation>
    </message>
    <message>
        <source>cannot read %1 (damaged ZIP)</source>
        <translation>impossibile leggere %1 (ZIP danneggiato)</translation>
    </message>
    <message>
        <source>%1: a cell refers to shared string %2, which does not exist</source>
        <translation>%1: una cella fa riferimento alla stringa condivisa %2, che non esiste</translation>
    </message>
    <message>
        <source>%1: column beyond XFD</source>
        <translation>%1: colonna oltre XFD</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos; is not valid XML (%2, line %3): %4</source>
        <translation>il foglio &apos;%1&apos; non è XML valido (%2, riga %3): %4</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos; row %2</source>
        <translation>foglio &apos;%1&apos; riga %2</translation>
    </message>
    <message>
        <source>XLSX, sheet &apos;%1&apos; of %2</source>
        <translation>XLSX, foglio &apos;%1&apos; di %2</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>mancante</translation>
    </message>
    <message>
        <source>unknown authority &apos;%1&apos;</source>
        <translation>ente &apos;%1&apos; sconosciuto</translation>
    </message>
    <message>
        <source>unknown procedure &apos;%1&apos;</source>
        <translation>procedura &apos;%1&apos; sconosciuta</translation>
    </message>
    <message>
        <source>missing or not a date</source>
        <translation>mancante o non è una data</translation>
    </message>
    <message>
        <source>%1 is before the start date %2</source>
        <translation>%1 precede la data di avvio %2</translation>
    </message>
    <message>
        <source>a concluded case file needs an outcome (express, tacit or withdrawn)</source>
        <translation>una pratica conclusa richiede un esito (provvedimento espresso, silenzio assenso o ritirata)</translation>
    </message>
    <message>
        <source>a case file with an outcome needs its end date</source>
        <translation>una pratica con esito richiede la data di conclusione</translation>
    </message>
    <message>
        <source>a period ends before it starts</source>
        <translation>un periodo termina prima di iniziare</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossibile scrivere %1</translation>
    </message>
    <message>
        <source>xl/sharedStrings.xml: the compressed data is damaged</source>
        <translation>xl/sharedStrings.xml: i dati compressi sono danneggiati</translation>
    </message>
    <message>
        <source>%1: the compressed data is damaged</source>
        <translation>%1: i dati compressi sono danneggiati</translation>
    </message>
    <message>
        <source>The store&apos;s SQLite handle is not available</source>
        <translation>L&apos;handle SQLite dell&apos;archivio non è disponibile</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears twice in this file (first at %2)</source>
        <translation>&apos;%1&apos; compare due volte in questo file (la prima a %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the id of another case file (authority %2, protocol %3)</source>
        <translation>&apos;%1&apos; è l&apos;id di un&apos;altra pratica (ente %2, protocollo %3)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n case file(s) created, sha256 %2</source>
        <translation>
            <numerusform>%1: %n pratica creata, sha256 %2</numerusform>
            <numerusform>%1: %n pratiche create, sha256 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 line %2 (import run %3)</source>
        <translation>%1 riga %2 (importazione %3)</translation>
    </message>
    <message>
        <source>Demo generation stopped after %1 of %2 case files</source>
        <translation>Generazione demo interrotta dopo %1 di %2 pratiche</translation>
    </message>
    <message>
        <source>the mapping takes %1 from the column &apos;%2&apos;, which this file does not have: %1 is not imported (map it again)</source>
        <translation>la mappatura prende %1 dalla colonna &apos;%2&apos;, che questo file non ha: %1 non viene importato (mapparlo di nuovo)</translation>
    </message>
    <message>
        <source>Warning: %1: %2</source>
        <translation>Avviso: %1: %2</translation>
    </message>
    <message>
        <source>this is an Excel 97-2003 workbook (.xls): save it as .xlsx or CSV and import that</source>
        <translation>questa è una cartella di lavoro di Excel 97-2003 (.xls): salvarla come .xlsx o CSV e importare quella</translation>
    </message>
    <message>
        <source>this is an OpenDocument spreadsheet (.ods): save it as .xlsx or CSV and import that</source>
        <translation>questo è un foglio di calcolo OpenDocument (.ods): salvarlo come .xlsx o CSV e importare quello</translation>
    </message>
    <message>
        <source>The store is not open</source>
        <translation>L&apos;archivio non è aperto</translation>
    </message>
    <message>
        <source>Case files %1 to %2 (%3): %4</source>
        <translation>Pratiche da %1 a %2 (%3): %4</translation>
    </message>
    <message>
        <source>%1 days of suspension is out of range (0 to 36500)</source>
        <translation>%1 giorni di sospensione sono fuori intervallo (da 0 a 36500)</translation>
    </message>
    <message>
        <source>A store already exists at %1</source>
        <translation>Esiste già un archivio in %1</translation>
    </message>
    <message>
        <source>Cannot remove the unfinished store %1</source>
        <translation>Impossibile rimuovere l&apos;archivio incompleto %1</translation>
    </message>
    <message>
        <source>The store build was not opened</source>
        <translation>La costruzione dell&apos;archivio non è stata aperta</translation>
    </message>
    <message>
        <source>Cannot switch the new store back to WAL: %1</source>
        <translation>Impossibile riportare il nuovo archivio in modalità WAL: %1</translation>
    </message>
    <message>
        <source>Cannot flush the new store %1 to disk</source>
        <translation>Impossibile scrivere su disco il nuovo archivio %1</translation>
    </message>
    <message>
        <source>The new store %1 still has a write-ahead log after closing</source>
        <translation>Il nuovo archivio %1 ha ancora un write-ahead log dopo la chiusura</translation>
    </message>
    <message>
        <source>A store appeared at %1 while the new one was being built; the new one was discarded</source>
        <translation>È comparso un archivio in %1 mentre si costruiva quello nuovo; quello nuovo è stato scartato</translation>
    </message>
    <message>
        <source>Cannot move the new store to %1</source>
        <translation>Impossibile spostare il nuovo archivio in %1</translation>
    </message>
    <message>
        <source>The import was not applied and the store is unchanged: %1</source>
        <translation>L&apos;importazione non è stata applicata e l&apos;archivio è invariato: %1</translation>
    </message>
    <message>
        <source>Changes to existing case files: %1 fields in %2 case files</source>
        <translation>Modifiche alle pratiche esistenti: %1 campi in %2 pratiche</translation>
    </message>
    <message>
        <source>  %1 %2: %3: &apos;%4&apos; → &apos;%5&apos;</source>
        <translation>  %1 %2: %3: &apos;%4&apos; → &apos;%5&apos;</translation>
    </message>
    <message>
        <source>  … and %1 more changes</source>
        <translation>  … e altre %1 modifiche</translation>
    </message>
    <message>
        <source>The import was not applied and the store is unchanged: %1. Free some space, then import the file again.</source>
        <translation>L&apos;importazione non è stata applicata e l&apos;archivio è invariato: %1. Liberate spazio, poi importate di nuovo il file.</translation>
    </message>
    <message>
        <source>the disk that holds the store is full (%1)</source>
        <translation>il disco che contiene l&apos;archivio è pieno (%1)</translation>
    </message>
    <message>
        <source>the store could not be written, a disk error (%1)</source>
        <translation>non è stato possibile scrivere l&apos;archivio, errore del disco (%1)</translation>
    </message>
    <message>
        <source>The period starts after it ends</source>
        <translation>Il periodo inizia dopo la sua fine</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>The due date must come after the baseline semester %1</source>
        <translation>La scadenza deve venire dopo il semestre di riferimento %1</translation>
    </message>
    <message>
        <source>Reductions are percentages between 0 and 100</source>
        <translation>Le riduzioni sono percentuali tra 0 e 100</translation>
    </message>
    <message>
        <source>Milestone %1: milestones must be in date order, after the baseline semester and before the due date %2</source>
        <translation>Traguardo %1: i traguardi vanno in ordine di data, dopo il semestre di riferimento e prima della scadenza %2</translation>
    </message>
    <message>
        <source>Milestone %1: reductions are percentages between 0 and 100</source>
        <translation>Traguardo %1: le riduzioni sono percentuali tra 0 e 100</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossibile creare la cartella %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Esportazione non riuscita</translation>
    </message>
    <message>
        <source>The store %1 was not upgraded: a backup copy could not be made first (%2)</source>
        <translation>L&apos;archivio %1 non è stato aggiornato: non è stato possibile farne prima una copia di sicurezza (%2)</translation>
    </message>
    <message>
        <source>The backup cannot replace the store itself</source>
        <translation>La copia di sicurezza non può sostituire l&apos;archivio stesso</translation>
    </message>
    <message>
        <source>%1 is not a PAsS Desktop store</source>
        <translation>%1 non è un archivio di PAsS Desktop</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of PAsS Desktop (schema %2; this version knows up to %3)</source>
        <translation>%1 è stato scritto da una versione più recente di PAsS Desktop (schema %2; questa versione arriva al %3)</translation>
    </message>
    <message>
        <source>Nothing was restored: the current store could not be copied first (%1)</source>
        <translation>Nessun ripristino: non è stato possibile copiare prima l&apos;archivio attuale (%1)</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 non esiste</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database: %2</source>
        <translation>%1 non è un database SQLite: %2</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossibile creare %1: %2</translation>
    </message>
    <message>
        <source>Cannot copy the store to %1: %2</source>
        <translation>Impossibile copiare l&apos;archivio in %1: %2</translation>
    </message>
    <message>
        <source>Cannot move the copy to %1</source>
        <translation>Impossibile spostare la copia in %1</translation>
    </message>
    <message>
        <source>%1 is not a PAsS Desktop store (no schema)</source>
        <translation>%1 non è un archivio di PAsS Desktop (nessuno schema)</translation>
    </message>
    <message>
        <source>Cannot restore %1: %2</source>
        <translation>Impossibile ripristinare %1: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: il file è vuoto</translation>
    </message>
    <message>
        <source>the content does not match its SHA-256 %1</source>
        <translation>il contenuto non corrisponde al suo SHA-256 %1</translation>
    </message>
    <message>
        <source>document %1: request, size and SHA-256 are needed</source>
        <translation>documento %1: servono richiesta, dimensione e SHA-256</translation>
    </message>
    <message>
        <source>the store cannot be read</source>
        <translation>l&apos;archivio non si può leggere</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>errore sconosciuto</translation>
    </message>
    <message>
        <source>A case_stats value does not fit the snapshot</source>
        <translation>Un valore di case_stats non entra nell&apos;istantanea</translation>
    </message>
    <message>
        <source>The store could not be put back as it was (%1); its previous content is in %2</source>
        <translation>Non è stato possibile rimettere l&apos;archivio com&apos;era (%1); il suo contenuto precedente è in %2</translation>
    </message>
    <message>
        <source>the authorities cannot be read from the store: %1</source>
        <translation>non è possibile leggere gli enti dall&apos;archivio: %1</translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <source>draft</source>
        <translation>in bozza</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>inviata</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accettata</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>assegnata</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in corso</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>evasa</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>respinta</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>ritirata</translation>
    </message>
    <message>
        <source>technical assistance</source>
        <translation>assistenza tecnica</translation>
    </message>
    <message>
        <source>legal assistance</source>
        <translation>assistenza giuridica</translation>
    </message>
    <message>
        <source>specialist coaching</source>
        <translation>affiancamento specialistico</translation>
    </message>
    <message>
        <source>training</source>
        <translation>formazione</translation>
    </message>
    <message>
        <source>focus group</source>
        <translation>focus group</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bassa</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normale</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <source>on site</source>
        <translation>in presenza</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>da remoto</translation>
    </message>
    <message>
        <source>awaiting confirmation</source>
        <translation>da confermare</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confermata</translation>
    </message>
    <message>
        <source>disputed</source>
        <translation>contestata</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>ente</translation>
    </message>
    <message>
        <source>task force</source>
        <translation>task force</translation>
    </message>
    <message>
        <source>procedures</source>
        <translation>procedure</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>oggetto</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descrizione</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorità</translation>
    </message>
    <message>
        <source>status</source>
        <translation>stato</translation>
    </message>
    <message>
        <source>assigned experts</source>
        <translation>esperti assegnati</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>closing summary</source>
        <translation>sintesi di chiusura</translation>
    </message>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>ore</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>modalità</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>partecipanti</translation>
    </message>
    <message>
        <source>what was done</source>
        <translation>attività svolte</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>esito</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inizio</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fine</translation>
    </message>
    <message>
        <source>follow-ups</source>
        <translation>seguiti</translation>
    </message>
    <message>
        <source>confirmation</source>
        <translation>conferma</translation>
    </message>
    <message>
        <source>confirmation note</source>
        <translation>nota di conferma</translation>
    </message>
    <message>
        <source>message</source>
        <translation>messaggio</translation>
    </message>
</context>
<context>
    <name>RequestService</name>
    <message>
        <source>there is no support request %1</source>
        <translation>la richiesta di supporto %1 non esiste</translation>
    </message>
    <message>
        <source>a comment needs some text</source>
        <translation>un commento ha bisogno di un testo</translation>
    </message>
    <message>
        <source>a visit stays with its request</source>
        <translation>una visita resta con la sua richiesta</translation>
    </message>
    <message>
        <source>date: a visit needs its date</source>
        <translation>data: una visita ha bisogno della data</translation>
    </message>
    <message>
        <source>end: the visit ends before it starts</source>
        <translation>fine: la visita finisce prima di iniziare</translation>
    </message>
    <message>
        <source>hours: between 0 and 24, or a start and an end time</source>
        <translation>ore: tra 0 e 24, oppure un orario di inizio e di fine</translation>
    </message>
    <message>
        <source>follow-ups: each needs what is to be done</source>
        <translation>seguiti: per ognuno indica cosa fare</translation>
    </message>
    <message>
        <source>there is no visit %1</source>
        <translation>la visita %1 non esiste</translation>
    </message>
</context>
<context>
    <name>RequestWorkflow</name>
    <message>
        <source>Create</source>
        <translation>Crea</translation>
    </message>
    <message>
        <source>only a user of the authority can create its requests</source>
        <translation>solo un utente dell&apos;ente può creare le sue richieste</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>only a user of the request&apos;s authority can edit a draft</source>
        <translation>solo un utente dell&apos;ente della richiesta può modificare una bozza</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>only a user of the request&apos;s authority can submit it</source>
        <translation>solo un utente dell&apos;ente della richiesta può inviarla</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Ritira</translation>
    </message>
    <message>
        <source>only a user of the request&apos;s authority can withdraw it</source>
        <translation>solo un utente dell&apos;ente della richiesta può ritirarla</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accetta</translation>
    </message>
    <message>
        <source>only the technical secretariat can accept a request</source>
        <translation>solo la segreteria tecnica può accettare una richiesta</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Respingi</translation>
    </message>
    <message>
        <source>only the technical secretariat can reject a request</source>
        <translation>solo la segreteria tecnica può respingere una richiesta</translation>
    </message>
    <message>
        <source>Assign experts</source>
        <translation>Assegna esperti</translation>
    </message>
    <message>
        <source>only the technical secretariat can assign experts</source>
        <translation>solo la segreteria tecnica può assegnare gli esperti</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Avvia</translation>
    </message>
    <message>
        <source>only an expert assigned to the request can start it</source>
        <translation>solo un esperto assegnato alla richiesta può avviarla</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Evadi</translation>
    </message>
    <message>
        <source>only an expert assigned to the request can complete it</source>
        <translation>solo un esperto assegnato alla richiesta può evaderla</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commenta</translation>
    </message>
    <message>
        <source>only someone who can read the request can comment on it</source>
        <translation>solo chi può leggere la richiesta può commentarla</translation>
    </message>
    <message>
        <source>Log a visit</source>
        <translation>Registra una visita</translation>
    </message>
    <message>
        <source>only an expert assigned to the request can log its visits</source>
        <translation>solo un esperto assegnato alla richiesta può registrarne le visite</translation>
    </message>
    <message>
        <source>Confirm the visit</source>
        <translation>Conferma la visita</translation>
    </message>
    <message>
        <source>only a user of the request&apos;s authority can confirm a visit</source>
        <translation>solo un utente dell&apos;ente della richiesta può confermare una visita</translation>
    </message>
    <message>
        <source>Dispute the visit</source>
        <translation>Contesta la visita</translation>
    </message>
    <message>
        <source>only a user of the request&apos;s authority can dispute a visit</source>
        <translation>solo un utente dell&apos;ente della richiesta può contestare una visita</translation>
    </message>
    <message>
        <source>a reason is required to reject a request</source>
        <translation>per respingere una richiesta serve un motivo</translation>
    </message>
    <message>
        <source>a reason is required to withdraw a request once accepted</source>
        <translation>per ritirare una richiesta già accettata serve un motivo</translation>
    </message>
    <message>
        <source>a closing summary is required to complete a request</source>
        <translation>per evadere una richiesta serve una sintesi di chiusura</translation>
    </message>
    <message>
        <source>a note is required to dispute a visit</source>
        <translation>per contestare una visita serve una nota</translation>
    </message>
    <message>
        <source>assign at least one expert</source>
        <translation>assegna almeno un esperto</translation>
    </message>
    <message>
        <source>%1 is not an expert assigned to authority %2</source>
        <translation>%1 non è un esperto assegnato all&apos;ente %2</translation>
    </message>
    <message>
        <source>%1: not possible, the request is %2</source>
        <translation>%1: non è possibile, la richiesta è %2</translation>
    </message>
    <message>
        <source>there is no such visit</source>
        <translation>la visita non esiste</translation>
    </message>
    <message>
        <source>experts log and edit only their own visits</source>
        <translation>gli esperti registrano e modificano solo le proprie visite</translation>
    </message>
    <message>
        <source>a confirmed visit can no longer be changed</source>
        <translation>una visita confermata non si può più modificare</translation>
    </message>
    <message>
        <source>%1 does not change the request&apos;s status</source>
        <translation>%1 non cambia lo stato della richiesta</translation>
    </message>
    <message>
        <source>a request cannot go from %1 back to %2</source>
        <translation>una richiesta non può tornare da %1 a %2</translation>
    </message>
    <message>
        <source>an accepted request becomes assigned with its experts</source>
        <translation>una richiesta accettata diventa assegnata insieme ai suoi esperti</translation>
    </message>
</context>
<context>
    <name>Screenshots</name>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossibile scrivere %1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossibile creare la cartella %1</translation>
    </message>
</context>
<context>
    <name>SyncReadProblem</name>
    <message>
        <source>Sync state unreadable</source>
        <translation>Stato della sincronizzazione illeggibile</translation>
    </message>
    <message>
        <source>The sync state could not be read from the store file, so the edits to send, the conflicts and the refused edits cannot be shown now. Nothing is lost: they stay in the store.</source>
        <translation>Non è stato possibile leggere lo stato della sincronizzazione dal file dell&apos;archivio: le modifiche da inviare, i conflitti e le modifiche rifiutate non si possono mostrare ora. Non si è perso nulla: restano nell&apos;archivio.</translation>
    </message>
    <message>
        <source>The sync conflicts could not be read from the store file, so none can be shown or resolved now. Nothing is lost: they stay in the store.</source>
        <translation>Non è stato possibile leggere i conflitti di sincronizzazione dal file dell&apos;archivio: ora non si possono mostrare né risolvere. Non si è perso nulla: restano nell&apos;archivio.</translation>
    </message>
    <message>
        <source>Close any other program that may be using the store file and start PAsS Desktop again; if it happens again, tell your IT department.</source>
        <translation>Chiudi gli altri programmi che potrebbero usare il file dell&apos;archivio e riavvia PAsS Desktop; se succede di nuovo, avvisa il tuo reparto informatico.</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Dettaglio: %1</translation>
    </message>
    <message>
        <source>Some of the records these conflicts are about could not be read from the store file, so they are shown by their code. You can still choose which version to keep.</source>
        <translation>Alcuni dei record di questi conflitti non si possono leggere dal file dell&apos;archivio: sono mostrati con il loro codice. Puoi comunque scegliere quale versione tenere.</translation>
    </message>
</context>
<context>
    <name>SystemPresets</name>
    <message>
        <source>Ignored the preset %1 = &quot;%2&quot; in %3: %4.</source>
        <translation>Impostazione predefinita %1 = &quot;%2&quot; in %3 ignorata: %4.</translation>
    </message>
    <message>
        <source>it must be an http:// or https:// address</source>
        <translation>deve essere un indirizzo http:// o https://</translation>
    </message>
    <message>
        <source>it must be a number of minutes from 1 to %1</source>
        <translation>deve essere un numero di minuti da 1 a %1</translation>
    </message>
    <message>
        <source>it must be true or false (1 or 0)</source>
        <translation>deve essere true o false (1 o 0)</translation>
    </message>
</context>
<context>
    <name>Timesheet</name>
    <message>
        <source>cannot write %1</source>
        <translation>impossibile scrivere %1</translation>
    </message>
</context>
<context>
    <name>ViewRegistry</name>
    <message>
        <source>Dashboard</source>
        <translation>Cruscotto</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>Pratiche</translation>
    </message>
    <message>
        <source>Every monitored case file</source>
        <translation>Tutte le pratiche monitorate</translation>
    </message>
    <message>
        <source>Support requests</source>
        <translation>Richieste di supporto</translation>
    </message>
    <message>
        <source>Requests to the task forces</source>
        <translation>Richieste alle task force</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Experts&apos; visits and activities</source>
        <translation>Visite e attività degli esperti</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>Enti</translation>
    </message>
    <message>
        <source>Comuni and province in scope</source>
        <translation>Comuni e province di competenza</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizzazione</translation>
    </message>
    <message>
        <source>Portal account, queues and log</source>
        <translation>Account del portale, code e registro</translation>
    </message>
    <message>
        <source>Backlog and times against baseline and target</source>
        <translation>Arretrato e tempi rispetto a baseline e obiettivo</translation>
    </message>
    <message>
        <source>Deadline watch</source>
        <translation>Scadenzario</translation>
    </message>
    <message>
        <source>Case files about to pass their legal term</source>
        <translation>Pratiche vicine alla scadenza del termine</translation>
    </message>
    <message>
        <source>Bottlenecks</source>
        <translation>Colli di bottiglia</translation>
    </message>
    <message>
        <source>Where case files pile up</source>
        <translation>Dove si accumulano le pratiche</translation>
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
        <translation>PAsS Desktop: le pratiche monitorate, gli indicatori DFP e il grafico dell&apos;arretrato del programma PNRR &quot;1000 esperti&quot;, anche senza connessione.</translation>
    </message>
    <message>
        <source>Use the store at &lt;path&gt; instead of the default one.</source>
        <translation>Usa l&apos;archivio in &lt;percorso&gt; invece di quello predefinito.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>percorso</translation>
    </message>
    <message>
        <source>Fill the store with demo data if it has no case files.</source>
        <translation>Riempie l&apos;archivio con dati dimostrativi se non contiene pratiche.</translation>
    </message>
    <message>
        <source>User interface language: it (default) or en.</source>
        <translation>Lingua dell&apos;interfaccia: it (predefinita) o en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>lingua</translation>
    </message>
    <message>
        <source>Print the time from start to an interactive window (for benchmarks).</source>
        <translation>Stampa il tempo dall&apos;avvio alla finestra utilizzabile (per i benchmark).</translation>
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
    <message>
        <source>Open the window, say whether it was shown, and quit (to check an installation).</source>
        <translation>Apre la finestra, dice se è stata mostrata ed esce (per verificare un&apos;installazione).</translation>
    </message>
    <message>
        <source>Save a picture of every view and dialog into &lt;folder&gt; and quit (for the documentation).</source>
        <translation>Salva un&apos;immagine di ogni vista e finestra in &lt;cartella&gt; ed esce (per la documentazione).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>cartella</translation>
    </message>
</context>
<context>
    <name>pass</name>
    <message>
        <source>Could not keep case_file %1 from the portal: case file %2 of authority %3 has the same protocol number %4</source>
        <translation>Non ho potuto tenere la pratica %1 del portale: la pratica %2 dell&apos;ente %3 ha lo stesso numero di protocollo %4</translation>
    </message>
</context>
<context>
    <name>pass::AboutBox</name>
    <message>
        <source>Third-party &amp;notices…</source>
        <translation>Avvisi di &amp;terze parti…</translation>
    </message>
    <message>
        <source>&amp;Licence (EUPL-1.2)…</source>
        <translation>&amp;Licenza (EUPL-1.2)…</translation>
    </message>
    <message>
        <source>About PAsS Desktop</source>
        <translation>Informazioni su PAsS Desktop</translation>
    </message>
    <message>
        <source>Show the third-party notices</source>
        <translation>Mostra gli avvisi sui componenti di terze parti</translation>
    </message>
    <message>
        <source>Show the licence</source>
        <translation>Mostra la licenza</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Avvisi sui componenti di terze parti</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licenza</translation>
    </message>
    <message>
        <source>&lt;h3&gt;PAsS Desktop %1&lt;/h3&gt;&lt;p&gt;The offline client of the PAsS platform (PNRR ASsistenza e Supporto) for the authorities and the experts of the PNRR &quot;1000 esperti&quot; programme.&lt;/p&gt;&lt;p&gt;It keeps the monitored case files in a local store, computes the DFP semester indicators (DPCM 12 November 2021, Annex B) and shows the backlog against the baseline and the target.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;PAsS Desktop %1&lt;/h3&gt;&lt;p&gt;Il client offline della piattaforma PAsS (PNRR ASsistenza e Supporto) per gli enti e gli esperti del programma PNRR &quot;1000 esperti&quot;.&lt;/p&gt;&lt;p&gt;Conserva le pratiche monitorate in un archivio locale, calcola gli indicatori semestrali DFP (DPCM 12 novembre 2021, Allegato B) e mostra l&apos;arretrato rispetto alla baseline e all&apos;obiettivo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Qt %1 · SQLite %2 · store schema %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qt %1 · SQLite %2 · schema dell&apos;archivio %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Licensed under the European Union Public Licence v. 1.2 (EUPL-1.2). The libraries it uses keep their own licences: see the third-party notices.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Distribuito con la Licenza Pubblica dell&apos;Unione Europea v. 1.2 (EUPL-1.2). Le librerie che usa mantengono le proprie licenze: vedi gli avvisi sui componenti di terze parti.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>pass::AuthoritiesView</name>
    <message>
        <source>Only piccoli comuni (up to 5,000 inhabitants)</source>
        <translation>Solo piccoli comuni (fino a 5.000 abitanti)</translation>
    </message>
    <message>
        <source>Show only this authority</source>
        <translation>Mostra solo questo ente</translation>
    </message>
    <message>
        <source>All authorities</source>
        <translation>Tutti gli enti</translation>
    </message>
    <message>
        <source>Search by name or ISTAT code</source>
        <translation>Cerca per nome o codice ISTAT</translation>
    </message>
    <message>
        <source>Search authorities</source>
        <translation>Cerca gli enti</translation>
    </message>
    <message>
        <source>Authorities in your scope</source>
        <translation>Enti di tua competenza</translation>
    </message>
    <message>
        <source>Show only the chosen authority</source>
        <translation>Mostra solo l’ente scelto</translation>
    </message>
    <message numerus="yes">
        <source>%n authority(ies) in your scope. Overdue: open case files past their legal term today. Backlog: the DFP figure (gross calendar days) at the end of %1 (baseline) and of %2 (running semester, as of today).</source>
        <translation>
            <numerusform>%n ente di tua competenza. Scadute: pratiche aperte oltre il termine di legge a oggi. Arretrato: il dato DFP (giorni di calendario lordi) a fine %1 (baseline) e del %2 (semestre in corso, a oggi).</numerusform>
            <numerusform>%n enti di tua competenza. Scadute: pratiche aperte oltre il termine di legge a oggi. Arretrato: il dato DFP (giorni di calendario lordi) a fine %1 (baseline) e del %2 (semestre in corso, a oggi).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the authorities…</source>
        <translation>Lettura degli enti…</translation>
    </message>
    <message>
        <source>All authorities are shown in the other views.</source>
        <translation>Le altre viste mostrano tutti gli enti.</translation>
    </message>
    <message>
        <source>The other views show only %1 (%2).</source>
        <translation>Le altre viste mostrano solo %1 (%2).</translation>
    </message>
</context>
<context>
    <name>pass::AuthorityTableModel</name>
    <message>
        <source>1 (pilot)</source>
        <translation>1 (pilota)</translation>
    </message>
    <message>
        <source>Piccolo comune: up to 5,000 inhabitants (law 158/2017)</source>
        <translation>Piccolo comune: fino a 5.000 abitanti (legge 158/2017)</translation>
    </message>
    <message>
        <source>Backlog %1 in %2 against %3 at the baseline %4</source>
        <translation>Arretrato %1 nel %2 contro %3 nella baseline %4</translation>
    </message>
    <message>
        <source>Open case files past their legal term today</source>
        <translation>Pratiche aperte oltre il termine di legge a oggi</translation>
    </message>
    <message>
        <source>DFP backlog (gross calendar days): open case files past their legal term at the end of the semester</source>
        <translation>Arretrato DFP (giorni di calendario lordi): pratiche aperte oltre il termine di legge a fine semestre</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Ente</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Popolazione</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperte</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scadute</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Concluse</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variazione</translation>
    </message>
    <message>
        <source>ISTAT
code</source>
        <translation>Codice
ISTAT</translation>
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
        <translation>Fase
PAsS</translation>
    </message>
    <message>
        <source>Backlog
%1</source>
        <translation>Arretrato
%1</translation>
    </message>
</context>
<context>
    <name>pass::BacklogVariant</name>
    <message>
        <source>Backlog net of suspensions</source>
        <translation>Arretrato al netto delle sospensioni</translation>
    </message>
    <message>
        <source>Gross backlog (DFP, calendar days)</source>
        <translation>Arretrato lordo (DFP, giorni di calendario)</translation>
    </message>
    <message>
        <source>terms extended by their suspension days</source>
        <translation>termini allungati dei giorni di sospensione</translation>
    </message>
    <message>
        <source>terms in calendar days, suspensions included (DFP)</source>
        <translation>termini in giorni di calendario, sospensioni comprese (DFP)</translation>
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
        <translation>Aperte</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedimento</translation>
    </message>
    <message>
        <source>Open case files by age, per procedure</source>
        <translation>Pratiche aperte per età, per procedimento</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Ente</translation>
    </message>
    <message>
        <source>Open case files by age, per authority</source>
        <translation>Pratiche aperte per età, per ente</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Pressione</translation>
    </message>
    <message>
        <source>Average duration</source>
        <translation>Durata media</translation>
    </message>
    <message>
        <source>Legal term</source>
        <translation>Termine di legge</translation>
    </message>
    <message>
        <source>Duration ÷ term</source>
        <translation>Durata ÷ termine</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Arretrato</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Avviate</translation>
    </message>
    <message>
        <source>Backlog ÷ started</source>
        <translation>Arretrato ÷ avviate</translation>
    </message>
    <message>
        <source>Authority and procedure by pressure</source>
        <translation>Enti e procedimenti per pressione</translation>
    </message>
    <message>
        <source>Express decisions with a services conference or suspended terms</source>
        <translation>Provvedimenti espressi con conferenza di servizi o termini sospesi</translation>
    </message>
    <message>
        <source>Reading the open case files…</source>
        <translation>Lettura delle pratiche aperte…</translation>
    </message>
    <message>
        <source>The figures cannot be computed: %1</source>
        <translation>Impossibile calcolare i dati: %1</translation>
    </message>
    <message>
        <source>Where to go f&amp;irst: authority × procedure by pressure</source>
        <translation>Dove intervenire pr&amp;ima: ente × procedimento per pressione</translation>
    </message>
    <message>
        <source>≤ 50 %</source>
        <translation>≤ 50 %</translation>
    </message>
    <message>
        <source>&lt; 30 d</source>
        <translation>&lt; 30 gg</translation>
    </message>
    <message>
        <source>30–180 d</source>
        <translation>30–180 gg</translation>
    </message>
    <message>
        <source>&gt; 180 d</source>
        <translation>&gt; 180 gg</translation>
    </message>
    <message>
        <source>Open for up to half their legal term</source>
        <translation>Aperte da non più di metà del termine di legge</translation>
    </message>
    <message>
        <source>Open for half to all of their legal term</source>
        <translation>Aperte da metà fino all&apos;intero termine di legge</translation>
    </message>
    <message>
        <source>Overdue by less than 30 days</source>
        <translation>Scadute da meno di 30 giorni</translation>
    </message>
    <message>
        <source>Overdue by 30 to 180 days</source>
        <translation>Scadute da 30 a 180 giorni</translation>
    </message>
    <message>
        <source>Overdue by more than 180 days</source>
        <translation>Scadute da più di 180 giorni</translation>
    </message>
    <message>
        <source>Open case files</source>
        <translation>Pratiche aperte</translation>
    </message>
    <message>
        <source>Open case files by a&amp;ge against their term, per procedure (overdue by: days)</source>
        <translation>Pratiche aperte per e&amp;tà rispetto al termine, per procedimento (scadute da: giorni)</translation>
    </message>
    <message>
        <source>The same per a&amp;uthority</source>
        <translation>Lo stesso per e&amp;nte</translation>
    </message>
    <message>
        <source>In %1: %2 express decisions, %3 with a services conference, %4 with suspended terms. Ages as of today; %5.</source>
        <translation>Nel %1: %2 provvedimenti espressi, %3 con conferenza di servizi, %4 con termini sospesi. Età calcolate a oggi; %5.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisioni</translation>
    </message>
    <message>
        <source>Pressure = √((average duration ÷ legal term)² + (backlog ÷ started)²) over the last complete semester. Ranked only with at least %1 case files (express decisions plus backlog); each ratio counts as if %2 more case files had the procedure&apos;s average over every authority of the store, so that one or two very slow case files do not put a comune first.</source>
        <translation>Pressione = √((durata media ÷ termine di legge)² + (arretrato ÷ avviate)²) nell&apos;ultimo semestre completo. In classifica solo con almeno %1 pratiche (provvedimenti espressi più arretrato); ogni rapporto conta come se ci fossero %2 pratiche in più con la media del procedimento in tutti gli enti dell&apos;archivio, così una o due pratiche lentissime non mettono un comune in testa.</translation>
    </message>
    <message>
        <source>Express decisions of the semester behind the average duration</source>
        <translation>Provvedimenti espressi del semestre su cui è calcolata la durata media</translation>
    </message>
    <message>
        <source>Weighted towards the procedure&apos;s average; the authority&apos;s own ratio is in each cell&apos;s tooltip</source>
        <translation>Ponderato con la media del procedimento; il rapporto del solo ente è nel suggerimento di ogni cella</translation>
    </message>
    <message>
        <source>How the pressure is ranked</source>
        <translation>Come è calcolata la classifica per pressione</translation>
    </message>
    <message>
        <source>This authority alone: %1 over %2 express decisions; the procedure&apos;s average: %3</source>
        <translation>Solo questo ente: %1 su %2 provvedimenti espressi; media del procedimento: %3</translation>
    </message>
    <message>
        <source>This authority alone: %1 (backlog %2, started %3); the procedure&apos;s average: %4</source>
        <translation>Solo questo ente: %1 (arretrato %2, avviate %3); media del procedimento: %4</translation>
    </message>
    <message>
        <source>Not ranked, with fewer case files: %1 authority × procedure pairs.</source>
        <translation>Non in classifica, con meno pratiche: %1 coppie ente × procedimento.</translation>
    </message>
</context>
<context>
    <name>pass::CaseFileEditor</name>
    <message>
        <source>e.g. 2025/000123</source>
        <translation>es. 2025/000123</translation>
    </message>
    <message>
        <source>Concluded on</source>
        <translation>Conclusa il</translation>
    </message>
    <message>
        <source>The case file is concluded</source>
        <translation>La pratica è conclusa</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Ancora aperta</translation>
    </message>
    <message>
        <source>A services conference was held</source>
        <translation>Si è tenuta una conferenza di servizi</translation>
    </message>
    <message>
        <source>Add a period</source>
        <translation>Aggiungi un periodo</translation>
    </message>
    <message>
        <source>A suspension with its start and end dates</source>
        <translation>Una sospensione con le date di inizio e di fine</translation>
    </message>
    <message>
        <source>Add a number of days</source>
        <translation>Aggiungi un numero di giorni</translation>
    </message>
    <message>
        <source>A suspension whose dates are not known, only its length</source>
        <translation>Una sospensione di cui si conosce solo la durata, non le date</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <source>Deletes the case file after asking for confirmation</source>
        <translation>Elimina la pratica dopo aver chiesto conferma</translation>
    </message>
    <message>
        <source>Case file %1</source>
        <translation>Pratica %1</translation>
    </message>
    <message>
        <source>New case file</source>
        <translation>Nuova pratica</translation>
    </message>
    <message>
        <source>No case file selected: choose one in the list, or create a new one.</source>
        <translation>Nessuna pratica selezionata: scegline una nell’elenco o creane una nuova.</translation>
    </message>
    <message>
        <source>Correct the fields marked below first</source>
        <translation>Correggi prima i campi segnalati qui sotto</translation>
    </message>
    <message>
        <source>Delete case file</source>
        <translation>Elimina pratica</translation>
    </message>
    <message>
        <source>Delete case file %1? The deletion is sent to the portal at the next sync; you can undo it with Ctrl+Z.</source>
        <translation>Eliminare la pratica %1? L’eliminazione viene inviata al portale alla prossima sincronizzazione; puoi annullarla con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Save the case file</source>
        <translation>Salva la pratica</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Salva (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>pass::CaseFileHistoryPanel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vuoto)</translation>
    </message>
    <message>
        <source>Import of %1, line %2</source>
        <translation>Importazione di %1, riga %2</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Importazione di %1</translation>
    </message>
    <message>
        <source>From the portal</source>
        <translation>Dal portale</translation>
    </message>
    <message>
        <source>Conflict resolved</source>
        <translation>Conflitto risolto</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Dati dimostrativi</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Questo computer</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminata</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creata</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Creata: %1</translation>
    </message>
    <message>
        <source>History of the case file</source>
        <translation>Cronologia della pratica</translation>
    </message>
    <message>
        <source>Choose a case file to see its history.</source>
        <translation>Scegli una pratica per vederne la cronologia.</translation>
    </message>
    <message numerus="yes">
        <source>History of %1: %n change(s)</source>
        <translation>
            <numerusform>Cronologia di %1: %n modifica</numerusform>
            <numerusform>Cronologia di %1: %n modifiche</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes, newest first</source>
        <translation>Modifiche, dalla più recente</translation>
    </message>
</context>
<context>
    <name>pass::CaseFilePanel</name>
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
        <translation>Mostra le pratiche di un ente; digitare per cercare nell&apos;elenco</translation>
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
    <message>
        <source>The store has no case files yet.</source>
        <translation>L&apos;archivio non contiene ancora pratiche.</translation>
    </message>
    <message>
        <source>No case files match the filters.</source>
        <translation>Nessuna pratica corrisponde ai filtri.</translation>
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
        <source>Case &amp;files</source>
        <translation>&amp;Pratiche</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Filtro per stato</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Qualsiasi stato</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Aperte</translation>
    </message>
    <message>
        <source>Open and overdue</source>
        <translation>Aperte e scadute</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>In scadenza</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Concluse</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Archiviate (rinuncia)</translation>
    </message>
    <message>
        <source>Open case files, not overdue, whose legal term ends within the days set in &quot;Due soon within&quot;</source>
        <translation>Pratiche aperte, non scadute, il cui termine di legge scade entro i giorni indicati in «In scadenza entro»</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>Due soon within this many days</source>
        <translation>In scadenza entro questo numero di giorni</translation>
    </message>
    <message>
        <source>An open case file whose legal term ends within this many days is due soon: its row is yellow and the &quot;Due soon&quot; state shows it</source>
        <translation>Una pratica aperta il cui termine di legge scade entro questo numero di giorni è in scadenza: la sua riga è gialla e lo stato «In scadenza» la mostra</translation>
    </message>
    <message>
        <source>Protocol number starts with…</source>
        <translation>Il numero di protocollo inizia con…</translation>
    </message>
    <message>
        <source>Search by protocol number</source>
        <translation>Cerca per numero di protocollo</translation>
    </message>
    <message>
        <source>Responsible officer</source>
        <translation>Responsabile del procedimento</translation>
    </message>
    <message>
        <source>Filter by responsible officer</source>
        <translation>Filtra per responsabile del procedimento</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>S&amp;tato:</translation>
    </message>
    <message>
        <source>D&amp;ue soon within:</source>
        <translation>In scadenza &amp;entro:</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cerca:</translation>
    </message>
    <message>
        <source>O&amp;fficer:</source>
        <translation>Res&amp;ponsabile:</translation>
    </message>
    <message>
        <source>One row per case file; overdue ones are highlighted in red, those due soon in yellow</source>
        <translation>Una riga per pratica; le scadute sono evidenziate in rosso, quelle in scadenza in giallo</translation>
    </message>
    <message>
        <source>&amp;New case file</source>
        <translation>&amp;Nuova pratica</translation>
    </message>
    <message>
        <source>&amp;Delete case file…</source>
        <translation>&amp;Elimina pratica…</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>&amp;Copia righe</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text, for a spreadsheet</source>
        <translation>Copia le righe selezionate come testo separato da tabulazioni, per un foglio di calcolo</translation>
    </message>
    <message>
        <source>&amp;Export list…</source>
        <translation>&amp;Esporta elenco…</translation>
    </message>
    <message>
        <source>Save the case files the filters show as CSV or Excel</source>
        <translation>Salva le pratiche mostrate dai filtri in CSV o Excel</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Cr&amp;onologia</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the case files shown</source>
        <translation>Esporta le pratiche mostrate</translation>
    </message>
    <message>
        <source>case-files</source>
        <translation>pratiche</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Esportazione di %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esportazione</translation>
    </message>
    <message>
        <source>The export to %1 did not complete: %2</source>
        <translation>L’esportazione in %1 non è stata completata: %2</translation>
    </message>
    <message>
        <source>Problem reading the filter lists</source>
        <translation>Problema nella lettura degli elenchi dei filtri</translation>
    </message>
    <message>
        <source>I cannot read the task forces from the store: %1</source>
        <translation>Non riesco a leggere le task force dall&apos;archivio: %1</translation>
    </message>
    <message>
        <source>I cannot read the procedures from the store: %1</source>
        <translation>Non riesco a leggere le procedure dall&apos;archivio: %1</translation>
    </message>
</context>
<context>
    <name>pass::CaseFileSidePanel</name>
    <message>
        <source>Case file</source>
        <translation>Pratica</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Chosen case file</source>
        <translation>Pratica scelta</translation>
    </message>
    <message>
        <source>Case file or its history</source>
        <translation>Pratica o sua cronologia</translation>
    </message>
    <message>
        <source>The history of this case file cannot be read: %1</source>
        <translation>Non riesco a leggere la cronologia di questa pratica: %1</translation>
    </message>
</context>
<context>
    <name>pass::CaseFileTableModel</name>
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
        <translation>Giorni di calendario dall&apos;avvio alla conclusione (o a oggi), sospensioni comprese, rispetto al termine di legge</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>Questa colonna non si può ordinare</translation>
    </message>
    <message>
        <source>%1 days, no term</source>
        <translation>%1 gg, senza termine</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>in scadenza</translation>
    </message>
    <message numerus="yes">
        <source>Due soon: the legal term ends in %n day(s)</source>
        <translation>
            <numerusform>In scadenza: il termine di legge scade tra %n giorno</numerusform>
            <numerusform>In scadenza: il termine di legge scade tra %n giorni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pass::ChartView</name>
    <message>
        <source>Chart commands</source>
        <translation>Comandi del grafico</translation>
    </message>
    <message>
        <source>Show in &amp;detail</source>
        <translation>Mostra in &amp;dettaglio</translation>
    </message>
    <message>
        <source>&amp;Export as PNG, SVG or PDF…</source>
        <translation>&amp;Esporta come PNG, SVG o PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <source>Choose a file name ending in .png, .svg or .pdf: %1</source>
        <translation>Scegli un nome di file che termini con .png, .svg o .pdf: %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossibile scrivere %1</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Esporta il grafico</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Immagine PNG (*.png);;Disegno SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>pass::ConflictDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflitti di sincronizzazione</translation>
    </message>
    <message>
        <source>These fields were changed both here and on the portal, or a record was deleted on one side and edited on the other. Choose which version to keep.</source>
        <translation>Questi campi sono stati modificati sia qui sia sul portale, oppure un record è stato eliminato da una parte e modificato dall&apos;altra. Scegli quale versione tenere.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Tieni la mia</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendi quella del portale</translation>
    </message>
    <message>
        <source>(whole record)</source>
        <translation>(intero record)</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminato</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modificato</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vuoto)</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificato</translation>
    </message>
    <message>
        <source>Before (base)</source>
        <translation>Prima (base)</translation>
    </message>
    <message>
        <source>On this PC</source>
        <translation>Su questo PC</translation>
    </message>
    <message>
        <source>On the portal</source>
        <translation>Sul portale</translation>
    </message>
    <message>
        <source>Keep the value on this PC; it is sent to the portal at the next sync</source>
        <translation>Tieni il valore di questo PC; viene inviato al portale alla prossima sincronizzazione</translation>
    </message>
    <message>
        <source>Take the portal&apos;s value</source>
        <translation>Prendi il valore del portale</translation>
    </message>
    <message>
        <source>Case file %1</source>
        <translation>Pratica %1</translation>
    </message>
    <message>
        <source>Request: %1</source>
        <translation>Richiesta: %1</translation>
    </message>
    <message>
        <source>Visit of %1 (%2)</source>
        <translation>Visita del %1 (%2)</translation>
    </message>
    <message>
        <source>Visit %1</source>
        <translation>Visita %1</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>Messaggio %1</translation>
    </message>
    <message>
        <source>Problem reading the conflicts</source>
        <translation>Problema nella lettura dei conflitti</translation>
    </message>
</context>
<context>
    <name>pass::ConflictStore</name>
    <message>
        <source>No open conflict with id %1</source>
        <translation>Nessun conflitto aperto con id %1</translation>
    </message>
    <message>
        <source>Records of type %1 cannot be edited by this version</source>
        <translation>I record di tipo %1 non si possono modificare con questa versione</translation>
    </message>
    <message>
        <source>The record %1 no longer exists locally</source>
        <translation>Il record %1 non esiste più in locale</translation>
    </message>
</context>
<context>
    <name>pass::DashboardView</name>
    <message>
        <source>&amp;Up one level</source>
        <translation>&amp;Su di un livello</translation>
    </message>
    <message>
        <source>What the small multiples show</source>
        <translation>Cosa mostrano i grafici per gruppo</translation>
    </message>
    <message>
        <source>Backlog against the target</source>
        <translation>Arretrato rispetto all&apos;obiettivo</translation>
    </message>
    <message>
        <source>Average duration against the legal term</source>
        <translation>Durata media rispetto al termine di legge</translation>
    </message>
    <message>
        <source>Started and concluded</source>
        <translation>Avviate e concluse</translation>
    </message>
    <message>
        <source>Dashboard status</source>
        <translation>Stato del cruscotto</translation>
    </message>
    <message>
        <source>Back from a procedure to its task force, from a task force to all of them</source>
        <translation>Da un procedimento torna alla sua task force, da una task force a tutte</translation>
    </message>
    <message>
        <source>Computing the indicators…</source>
        <translation>Calcolo degli indicatori…</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>Visualizzato: %1</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Torna a %1</translation>
    </message>
    <message>
        <source>then</source>
        <translation>poi</translation>
    </message>
    <message>
        <source>All task forces</source>
        <translation>Tutte le task force</translation>
    </message>
    <message>
        <source>The figures cannot be computed: %1</source>
        <translation>Impossibile calcolare i dati: %1</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Totale</translation>
    </message>
    <message>
        <source>Average duration of the express decisions of each semester against the legal term</source>
        <translation>Durata media dei provvedimenti espressi di ogni semestre rispetto al termine di legge</translation>
    </message>
    <message>
        <source>Clearance rate over the bars: concluded ÷ started; under 100 % the backlog grows</source>
        <translation>Sopra le barre il tasso di smaltimento: concluse ÷ avviate; sotto il 100 % l&apos;arretrato cresce</translation>
    </message>
    <message>
        <source>Click or press Enter to see its procedures</source>
        <translation>Fai clic o premi Invio per vederne i procedimenti</translation>
    </message>
    <message>
        <source>Click or press Enter to see its authorities</source>
        <translation>Fai clic o premi Invio per vederne gli enti</translation>
    </message>
    <message>
        <source>Click or press Enter to pick this authority</source>
        <translation>Fai clic o premi Invio per scegliere questo ente</translation>
    </message>
    <message>
        <source>Average duration</source>
        <translation>Durata media</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>Arretrato</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 per task force&lt;/b&gt; — pick one to see its procedures</source>
        <translation>&lt;b&gt;%1 per task force&lt;/b&gt; — scegline una per vederne i procedimenti</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 per procedure&lt;/b&gt; — pick one to see its authorities</source>
        <translation>&lt;b&gt;%1 per procedimento&lt;/b&gt; — scegline uno per vederne gli enti</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 of the authorities with the largest backlog&lt;/b&gt; — pick one to filter by it</source>
        <translation>&lt;b&gt;%1 degli enti con l&apos;arretrato maggiore&lt;/b&gt; — scegline uno per filtrare</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Mostra</translation>
    </message>
</context>
<context>
    <name>pass::DeadlineNotice</name>
    <message>
        <source>&amp;Open the deadline watch</source>
        <translation>&amp;Apri lo scadenzario</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Deadline watch notification</source>
        <translation>Avviso dello scadenzario</translation>
    </message>
    <message>
        <source>Dismiss the notification</source>
        <translation>Chiudi l&apos;avviso</translation>
    </message>
    <message numerus="yes">
        <source>%n case file(s) entered the deadline watch since the last start: their legal term expires within 30 days or has expired.</source>
        <translation>
            <numerusform>%n pratica è entrata nello scadenzario dall&apos;ultimo avvio: il suo termine di legge scade entro 30 giorni o è già scaduto.</numerusform>
            <numerusform>%n pratiche sono entrate nello scadenzario dall&apos;ultimo avvio: il loro termine di legge scade entro 30 giorni o è già scaduto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pass::DeadlineWatchModel</name>
    <message>
        <source>overdue</source>
        <translation>scaduta</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>in scadenza</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>scaduta da %n giorno</numerusform>
            <numerusform>scaduta da %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>manca %n giorno</numerusform>
            <numerusform>mancano %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>New since the last start</source>
        <translation>Nuova dall&apos;ultimo avvio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Giorni</translation>
    </message>
    <message>
        <source>Term expires</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocollo</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedimento</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Ente</translation>
    </message>
    <message>
        <source>Responsible officer</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Avviate</translation>
    </message>
    <message>
        <source>expires today</source>
        <translation>scade oggi</translation>
    </message>
</context>
<context>
    <name>pass::DeadlineWatchView</name>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>Days before the term expires</source>
        <translation>Giorni prima della scadenza del termine</translation>
    </message>
    <message>
        <source>Passing their term &amp;within</source>
        <translation>In scadenza en&amp;tro</translation>
    </message>
    <message>
        <source>Deadline watch summary</source>
        <translation>Riepilogo dello scadenzario</translation>
    </message>
    <message>
        <source>Case files by urgency</source>
        <translation>Pratiche per urgenza</translation>
    </message>
    <message>
        <source>Counts per authority and responsible officer</source>
        <translation>Conteggi per ente e responsabile</translation>
    </message>
    <message>
        <source>Authority / responsible officer</source>
        <translation>Ente / responsabile</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>In scadenza</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scadute</translation>
    </message>
    <message>
        <source>Reading the open case files…</source>
        <translation>Lettura delle pratiche aperte…</translation>
    </message>
    <message>
        <source>The table lists the %1 most urgent.</source>
        <translation>La tabella elenca le %1 più urgenti.</translation>
    </message>
    <message>
        <source>(no officer)</source>
        <translation>(nessun responsabile)</translation>
    </message>
    <message>
        <source>%1 due within %2 days, %3 overdue, %4 new since the last start; %5.</source>
        <translation>%1 in scadenza entro %2 giorni, %3 scadute, %4 nuove dall&apos;ultimo avvio; %5.</translation>
    </message>
</context>
<context>
    <name>pass::DocumentDesk</name>
    <message>
        <source>sign in and sync once to add documents</source>
        <translation>accedi e sincronizza una volta per aggiungere documenti</translation>
    </message>
    <message>
        <source>%1: its content is not on this computer yet: sync first</source>
        <translation>%1: il contenuto non è ancora su questo computer: sincronizza prima</translation>
    </message>
    <message>
        <source>%1: cannot write %2: %3</source>
        <translation>%1: non riesco a scrivere %2: %3</translation>
    </message>
</context>
<context>
    <name>pass::DocumentService</name>
    <message>
        <source>%1: there is no such file</source>
        <translation>%1: il file non esiste</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: non riesco a leggere il file: %2</translation>
    </message>
    <message>
        <source>there is no support request %1</source>
        <translation>non esiste la richiesta di supporto %1</translation>
    </message>
    <message>
        <source>%1: could not be added: %2</source>
        <translation>%1: non è stato possibile aggiungerlo: %2</translation>
    </message>
    <message>
        <source>the request %1 has no document with SHA-256 %2</source>
        <translation>la richiesta %1 non ha un documento con SHA-256 %2</translation>
    </message>
    <message>
        <source>%1: its content is not on this computer yet: sync first</source>
        <translation>%1: il contenuto non è ancora su questo computer: sincronizza prima</translation>
    </message>
    <message>
        <source>%1: cannot write %2: %3</source>
        <translation>%1: non riesco a scrivere %2: %3</translation>
    </message>
    <message>
        <source>only someone who can read the request can add documents to it</source>
        <translation>solo chi può leggere la richiesta può aggiungervi documenti</translation>
    </message>
</context>
<context>
    <name>pass::DocumentTransfer</name>
    <message>
        <source>%1: its content is missing from the store, so the document cannot be sent</source>
        <translation>%1: il contenuto manca dall&apos;archivio, quindi il documento non si può inviare</translation>
    </message>
    <message>
        <source>%1: sending its content failed: %2</source>
        <translation>%1: l&apos;invio del contenuto non è riuscito: %2</translation>
    </message>
    <message>
        <source>%1: downloading its content failed: %2</source>
        <translation>%1: lo scaricamento del contenuto non è riuscito: %2</translation>
    </message>
    <message>
        <source>%1: the portal sent content that does not match the document (SHA-256 %2 of %3 bytes, expected %4 of %5 bytes): nothing was stored</source>
        <translation>%1: il portale ha inviato un contenuto che non corrisponde al documento (SHA-256 %2 di %3 byte, atteso %4 di %5 byte): non è stato salvato nulla</translation>
    </message>
</context>
<context>
    <name>pass::DocumentTypes</name>
    <message>
        <source>Image</source>
        <translation>Immagine</translation>
    </message>
    <message>
        <source>Spreadsheet</source>
        <translation>Foglio di calcolo</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentazione</translation>
    </message>
    <message>
        <source>Text document</source>
        <translation>Documento di testo</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <source>%1: the file is %2, larger than the %3 a document may be</source>
        <translation>%1: il file è di %2, più dei %3 ammessi per un documento</translation>
    </message>
    <message>
        <source>%1: this kind of file cannot be attached (PDF, images and office documents can: %2)</source>
        <translation>%1: questo tipo di file non si può allegare (si possono allegare PDF, immagini e documenti d&apos;ufficio: %2)</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: il file è vuoto</translation>
    </message>
    <message>
        <source>%1: the content is not what its extension says (%2): the file may be damaged or renamed</source>
        <translation>%1: il contenuto non è quello che indica l&apos;estensione (%2): il file potrebbe essere danneggiato o rinominato</translation>
    </message>
</context>
<context>
    <name>pass::DocumentsPanel</name>
    <message>
        <source>Waiting to upload</source>
        <translation>In attesa di invio</translation>
    </message>
    <message>
        <source>On the portal</source>
        <translation>Sul portale</translation>
    </message>
    <message>
        <source>On the portal, not downloaded yet</source>
        <translation>Sul portale, non ancora scaricato</translation>
    </message>
    <message>
        <source>Only on this computer</source>
        <translation>Solo su questo computer</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Documents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Documenti&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Aggiunto da</translation>
    </message>
    <message>
        <source>Documents of the request</source>
        <translation>Documenti della richiesta</translation>
    </message>
    <message>
        <source>No documents. Add a PDF, an image or an office file (up to 25 MB).</source>
        <translation>Nessun documento. Aggiungi un PDF, un&apos;immagine o un documento d&apos;ufficio (fino a 25 MB).</translation>
    </message>
    <message>
        <source>Documents: last message</source>
        <translation>Documenti: ultimo messaggio</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Aggiungi…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;pri</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Salva una &amp;copia…</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Aggiungi un documento</translation>
    </message>
    <message>
        <source>Open the document</source>
        <translation>Apri il documento</translation>
    </message>
    <message>
        <source>Save a copy of the document</source>
        <translation>Salva una copia del documento</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Documenti (%1)</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Salva una copia</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Add a PDF, an image or an office file (up to 25 MB); it is sent at the next sync</source>
        <translation>Aggiungi un PDF, un&apos;immagine o un documento d&apos;ufficio (fino a 25 MB); viene inviato alla prossima sincronizzazione</translation>
    </message>
    <message>
        <source>Its content comes with the next sync</source>
        <translation>Il contenuto arriva con la prossima sincronizzazione</translation>
    </message>
    <message>
        <source>%1 added: it is sent to the portal at the next sync.</source>
        <translation>%1 aggiunto: viene inviato al portale alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>%1: no program on this computer opens this kind of file</source>
        <translation>%1: su questo computer nessun programma apre questo tipo di file</translation>
    </message>
    <message>
        <source>Copy saved in %1</source>
        <translation>Copia salvata in %1</translation>
    </message>
    <message>
        <source>The documents cannot be read from the store: %1</source>
        <translation>Non è possibile leggere i documenti dall&apos;archivio: %1</translation>
    </message>
</context>
<context>
    <name>pass::FirstRunDialog</name>
    <message>
        <source>&amp;Sign in to the portal</source>
        <translation>&amp;Accedi al portale</translation>
    </message>
    <message>
        <source>Opens the portal&apos;s sign-in page in your browser; your case files arrive with the first sync.</source>
        <translation>Apre la pagina di accesso del portale nel browser; le tue pratiche arrivano con la prima sincronizzazione.</translation>
    </message>
    <message>
        <source>Continue &amp;offline with the demo data</source>
        <translation>Continua &amp;senza connessione con i dati dimostrativi</translation>
    </message>
    <message>
        <source>Works on this computer only, with the demo case files of the Cremasco comuni; you can sign in later.</source>
        <translation>Lavori solo su questo computer, con le pratiche dimostrative dei comuni del Cremasco; puoi accedere al portale in seguito.</translation>
    </message>
    <message>
        <source>Open an &amp;existing store…</source>
        <translation>Apri un archivio &amp;esistente…</translation>
    </message>
    <message>
        <source>A store file copied from another computer or a backup.</source>
        <translation>Un file di archivio copiato da un altro computer o una copia di sicurezza.</translation>
    </message>
    <message>
        <source>Welcome to PAsS Desktop</source>
        <translation>Benvenuto in PAsS Desktop</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to PAsS Desktop&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Benvenuto in PAsS Desktop&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Indirizzo del portale</translation>
    </message>
    <message>
        <source>Set by your IT department</source>
        <translation>Impostato dal tuo reparto informatico</translation>
    </message>
    <message>
        <source>Set by your IT department for every user of this computer.</source>
        <translation>Impostato dal tuo reparto informatico per tutti gli utenti di questo computer.</translation>
    </message>
    <message>
        <source>Ask your office or the task force for the address if you do not know it.</source>
        <translation>Se non conosci l&apos;indirizzo, chiedilo al tuo ufficio o alla task force.</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>File dell&apos;archivio</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Cambia…</translation>
    </message>
    <message>
        <source>Change where the store is kept</source>
        <translation>Cambia dove si trova l&apos;archivio</translation>
    </message>
    <message>
        <source>&amp;Portal address:</source>
        <translation>Indirizzo del &amp;portale:</translation>
    </message>
    <message>
        <source>Store file:</source>
        <translation>File dell&apos;archivio:</translation>
    </message>
    <message>
        <source>PAsS Desktop keeps the monitored case files of your authority on this computer, works without a network, and syncs with the regional portal when you are signed in. How do you want to start?</source>
        <translation>PAsS Desktop conserva su questo computer le pratiche monitorate del tuo ente, funziona senza rete e si sincronizza con il portale regionale quando hai effettuato l&apos;accesso. Come vuoi iniziare?</translation>
    </message>
    <message>
        <source>Every choice can be changed later: File → Settings for the portal and the store, the Sync view to sign in or out, File → Open store for another store.</source>
        <translation>Ogni scelta si può cambiare in seguito: File → Impostazioni per il portale e l&apos;archivio, la vista Sincronizzazione per accedere o uscire, File → Apri archivio per un altro archivio.</translation>
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
        <source>Write the portal&apos;s address first (it starts with https://).</source>
        <translation>Scrivi prima l&apos;indirizzo del portale (inizia con https://).</translation>
    </message>
</context>
<context>
    <name>pass::HeadlinePanel</name>
    <message>
        <source>The figures cannot be computed: %1</source>
        <translation>Impossibile calcolare i dati: %1</translation>
    </message>
    <message>
        <source>Backlog as of %1</source>
        <translation>Arretrato al %1</translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation>Baseline %1</translation>
    </message>
    <message>
        <source>backlog at the end of the baseline semester</source>
        <translation>arretrato alla fine del semestre di baseline</translation>
    </message>
    <message>
        <source>Backlog cleared since the baseline</source>
        <translation>Arretrato smaltito dalla baseline</translation>
    </message>
    <message>
        <source>(baseline − now) ÷ baseline</source>
        <translation>(baseline − oggi) ÷ baseline</translation>
    </message>
    <message>
        <source>Average duration %1</source>
        <translation>Durata media %1</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 giorni</translation>
    </message>
    <message>
        <source>%1 against the baseline (%2 days)</source>
        <translation>%1 rispetto alla baseline (%2 giorni)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>No target configured for this region.</source>
        <translation>Nessun obiettivo configurato per questa regione.</translation>
    </message>
    <message>
        <source>cannot tell yet: fewer than three semesters to project from</source>
        <translation>non ancora valutabile: meno di tre semestri su cui proiettare</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>in linea</translation>
    </message>
    <message>
        <source>met</source>
        <translation>raggiunto</translation>
    </message>
    <message>
        <source>off track</source>
        <translation>non in linea</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>mancato</translation>
    </message>
    <message>
        <source>projected backlog at the due date: %1</source>
        <translation>arretrato proiettato alla scadenza: %1</translation>
    </message>
    <message>
        <source>backlog at the due date: %1</source>
        <translation>arretrato alla scadenza: %1</translation>
    </message>
    <message>
        <source>Target: −%1 backlog by %2</source>
        <translation>Obiettivo: arretrato −%1 entro il %2</translation>
    </message>
    <message>
        <source>target backlog %1; %2</source>
        <translation>arretrato obiettivo %1; %2</translation>
    </message>
</context>
<context>
    <name>pass::ImportApplyPage</name>
    <message>
        <source>Cancel the &amp;import</source>
        <translation>Annulla l&apos;i&amp;mportazione</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Progress of the import</source>
        <translation>Avanzamento dell&apos;importazione</translation>
    </message>
    <message>
        <source>Result of the import</source>
        <translation>Esito dell&apos;importazione</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annulla l&apos;importazione</translation>
    </message>
</context>
<context>
    <name>pass::ImportCheckPage</name>
    <message>
        <source>Cancel the chec&amp;k</source>
        <translation>Interrompi la ve&amp;rifica</translation>
    </message>
    <message>
        <source>C&amp;hanges to existing case files:</source>
        <translation>&amp;Modifiche alle pratiche esistenti:</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Verifica di n&amp;uovo</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>Salva le righe sc&amp;artate…</translation>
    </message>
    <message>
        <source>Import &amp;only if every row is valid</source>
        <translation>Importa s&amp;olo se tutte le righe sono valide</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows, leave out the others</source>
        <translation>Importa le righe &amp;valide, tralascia le altre</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>What the import would do. Nothing has been changed yet.</source>
        <translation>Che cosa farebbe l&apos;importazione. Non è stato ancora modificato nulla.</translation>
    </message>
    <message>
        <source>Progress of the check</source>
        <translation>Avanzamento della verifica</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Interrompi la verifica</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Esito della verifica</translation>
    </message>
    <message>
        <source>Changes to existing case files</source>
        <translation>Modifiche alle pratiche esistenti</translation>
    </message>
    <message>
        <source>One row per changed field: case file, field, value before and after.</source>
        <translation>Una riga per ogni campo modificato: pratica, campo, valore prima e dopo.</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Pratica</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>Values the importer does not know</source>
        <translation>Valori che l&apos;importazione non conosce</translation>
    </message>
    <message>
        <source>For each value, choose what it means in the last column (F2 opens the list).</source>
        <translation>Per ogni valore, scegli che cosa significa nell&apos;ultima colonna (F2 apre l&apos;elenco).</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Significa</translation>
    </message>
    <message>
        <source>Check again with the meanings given</source>
        <translation>Verifica di nuovo con i significati indicati</translation>
    </message>
    <message>
        <source>Save the rejected rows as CSV</source>
        <translation>Salva le righe scartate in CSV</translation>
    </message>
    <message>
        <source>Values the importer does not know: say what they &amp;mean, then check again.</source>
        <translation>Valori che l&apos;importazione non conosce: indica che cosa signi&amp;ficano, poi verifica di nuovo.</translation>
    </message>
    <message>
        <source>C&amp;hanges to existing case files: none.</source>
        <translation>&amp;Modifiche alle pratiche esistenti: nessuna.</translation>
    </message>
    <message>
        <source>C&amp;hanges to existing case files: %1 fields in %2 case files.</source>
        <translation>&amp;Modifiche alle pratiche esistenti: %1 campi in %2 pratiche.</translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>Sono elencate le prime %1.</translation>
    </message>
    <message>
        <source>%1, protocol %2</source>
        <translation>%1, protocollo %2</translation>
    </message>
    <message>
        <source>(ask again)</source>
        <translation>(chiedi di nuovo)</translation>
    </message>
</context>
<context>
    <name>pass::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Scegli il file</translation>
    </message>
    <message>
        <source>A CSV or Excel (XLSX) export of the office&apos;s registry.</source>
        <translation>Un&apos;esportazione CSV o Excel (XLSX) del registro dell&apos;ufficio.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>File da importare</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>S&amp;foglia…</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Scegli il file da importare</translation>
    </message>
    <message>
        <source>Import case files</source>
        <translation>Importa pratiche</translation>
    </message>
    <message>
        <source>Registries (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Registri (*.csv *.txt *.xlsx);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Authority of the file</source>
        <translation>Ente del file</translation>
    </message>
    <message>
        <source>ISTAT code, when the file has no authority column</source>
        <translation>Codice ISTAT, se il file non ha una colonna dell&apos;ente</translation>
    </message>
    <message>
        <source>Text encoding of the file</source>
        <translation>Codifica del testo del file</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Rileva</translation>
    </message>
    <message>
        <source>Sheet of the workbook</source>
        <translation>Foglio della cartella di lavoro</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>Fi&amp;le:</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>F&amp;oglio:</translation>
    </message>
    <message>
        <source>Au&amp;thority:</source>
        <translation>&amp;Ente:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codifica:</translation>
    </message>
    <message>
        <source>The first with a header</source>
        <translation>Il primo con un&apos;intestazione</translation>
    </message>
</context>
<context>
    <name>pass::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Abbinate le colonne</translation>
    </message>
    <message>
        <source>Columns were matched by their names; correct them where needed.</source>
        <translation>Le colonne sono state abbinate in base al nome; correggi dove serve.</translation>
    </message>
    <message>
        <source>Detected format</source>
        <translation>Formato rilevato</translation>
    </message>
    <message>
        <source>Columns of the saved mapping missing from the file</source>
        <translation>Colonne della mappatura salvata assenti dal file</translation>
    </message>
    <message>
        <source>Column of the file for each field</source>
        <translation>Colonna del file per ogni campo</translation>
    </message>
    <message>
        <source>Arrow keys choose a field; F2 or a letter opens its list of columns, Enter confirms.</source>
        <translation>Le frecce scelgono un campo; F2 o una lettera apre l&apos;elenco delle colonne, Invio conferma.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Colonna del file</translation>
    </message>
    <message>
        <source>Outcome of a row with an end date and no outcome</source>
        <translation>Esito di una riga con data di conclusione e senza esito</translation>
    </message>
    <message>
        <source>Report the row</source>
        <translation>Segnala la riga</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Prime righe del file</translation>
    </message>
    <message>
        <source>A row with an end date and no &amp;outcome:</source>
        <translation>Una riga con data di conclusione e senza e&amp;sito:</translation>
    </message>
    <message>
        <source>Fi&amp;rst rows of the file:</source>
        <translation>P&amp;rime righe del file:</translation>
    </message>
    <message>
        <source>%1 — header at %2</source>
        <translation>%1 — intestazione a %2</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Il file non può essere letto: %1</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(non presente nel file)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avviso: %1</translation>
    </message>
</context>
<context>
    <name>pass::ImportWizard</name>
    <message>
        <source>Authority (ISTAT code or name)</source>
        <translation>Ente (codice ISTAT o nome)</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedura</translation>
    </message>
    <message>
        <source>Protocol number</source>
        <translation>Numero di protocollo</translation>
    </message>
    <message>
        <source>Case number (if no protocol)</source>
        <translation>Numero pratica (se manca il protocollo)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Data di avvio</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Data di conclusione</translation>
    </message>
    <message>
        <source>Outcome / status</source>
        <translation>Esito / stato</translation>
    </message>
    <message>
        <source>Services conference</source>
        <translation>Conferenza di servizi</translation>
    </message>
    <message>
        <source>Suspension</source>
        <translation>Sospensione</translation>
    </message>
    <message>
        <source>Suspension days</source>
        <translation>Giorni di sospensione</translation>
    </message>
    <message>
        <source>Responsible officer</source>
        <translation>Responsabile del procedimento</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Import case files</source>
        <translation>Importa pratiche</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Salva le righe scartate</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Ancora aperta</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sì</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Suspended, dates unknown</source>
        <translation>Sospesa, date non note</translation>
    </message>
    <message>
        <source>check the file first: the rejected rows are those of the last complete check</source>
        <translation>verificate prima il file: le righe scartate sono quelle dell&apos;ultima verifica completa</translation>
    </message>
    <message>
        <source>The rejected rows could not be saved to %1: %2</source>
        <translation>Non è stato possibile salvare le righe scartate in %1: %2</translation>
    </message>
    <message>
        <source>Rejected rows saved to %1</source>
        <translation>Righe scartate salvate in %1</translation>
    </message>
</context>
<context>
    <name>pass::LoopbackReceiver</name>
    <message>
        <source>Cannot listen on this computer for the sign-in answer: %1</source>
        <translation>Impossibile attendere su questo computer la risposta dell&apos;accesso: %1</translation>
    </message>
    <message>
        <source>&lt;!DOCTYPE html&gt;&lt;html&gt;&lt;head&gt;&lt;meta charset=&quot;utf-8&quot;&gt;&lt;title&gt;PAsS Desktop&lt;/title&gt;&lt;/head&gt;&lt;body&gt;&lt;h1&gt;PAsS Desktop&lt;/h1&gt;&lt;p&gt;Sign-in received: you can close this page and go back to the application.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;!DOCTYPE html&gt;&lt;html&gt;&lt;head&gt;&lt;meta charset=&quot;utf-8&quot;&gt;&lt;title&gt;PAsS Desktop&lt;/title&gt;&lt;/head&gt;&lt;body&gt;&lt;h1&gt;PAsS Desktop&lt;/h1&gt;&lt;p&gt;Accesso ricevuto: si può chiudere questa pagina e tornare all&apos;applicazione.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation>Accesso annullato</translation>
    </message>
    <message>
        <source>No answer from the browser within %1 s</source>
        <translation>Nessuna risposta dal browser entro %1 s</translation>
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
        <source>Open store</source>
        <translation>Apri archivio</translation>
    </message>
    <message>
        <source>PAsS Desktop stores (*.db *.sqlite);;All files (*)</source>
        <translation>Archivi di PAsS Desktop (*.db *.sqlite);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>&amp;Portal</source>
        <translation>&amp;Portale</translation>
    </message>
    <message>
        <source>&amp;Import case files…</source>
        <translation>&amp;Importa pratiche…</translation>
    </message>
    <message>
        <source>Import case files from an office&apos;s CSV or Excel export</source>
        <translation>Importa le pratiche da un&apos;esportazione CSV o Excel dell&apos;ufficio</translation>
    </message>
    <message>
        <source>View tools</source>
        <translation>Strumenti della vista</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Viste</translation>
    </message>
    <message>
        <source>Pick a view; Ctrl+1 to Ctrl+%1 reach them from anywhere</source>
        <translation>Scegli una vista; da Ctrl+1 a Ctrl+%1 le raggiungi da ovunque</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizza ora</translation>
    </message>
    <message>
        <source>Send the waiting edits to the portal and receive its changes</source>
        <translation>Invia al portale le modifiche in attesa e ricevi le sue novità</translation>
    </message>
    <message>
        <source>Sign in, sign out and &amp;log…</source>
        <translation>Accesso, uscita e &amp;registro…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflitti…</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>Re&amp;port…</translation>
    </message>
    <message>
        <source>The monitoring report and the DFP table of an authority, or of every authority in scope</source>
        <translation>Il report di monitoraggio e la tabella DFP di un ente, o di tutti gli enti nell&apos;ambito</translation>
    </message>
    <message>
        <source>%1 due within 30 days, %2 overdue</source>
        <translation>%1 in scadenza entro 30 giorni, %2 scadute</translation>
    </message>
    <message>
        <source>&amp;Back up store…</source>
        <translation>&amp;Copia di sicurezza dell&apos;archivio…</translation>
    </message>
    <message>
        <source>Save a copy of the store, taken while it stays in use</source>
        <translation>Salva una copia dell&apos;archivio, presa mentre resta in uso</translation>
    </message>
    <message>
        <source>&amp;Restore store…</source>
        <translation>&amp;Ripristina l&apos;archivio…</translation>
    </message>
    <message>
        <source>Replace the store&apos;s content with a backup copy (the current content is kept beside it)</source>
        <translation>Sostituisci il contenuto dell&apos;archivio con una copia di sicurezza (il contenuto attuale viene conservato accanto)</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>Impo&amp;stazioni…</translation>
    </message>
    <message>
        <source>Portal address, language, automatic sync and store file</source>
        <translation>Indirizzo del portale, lingua, sincronizzazione automatica e file dell&apos;archivio</translation>
    </message>
    <message>
        <source>No store is open</source>
        <translation>Nessun archivio è aperto</translation>
    </message>
    <message>
        <source>Back up store</source>
        <translation>Copia di sicurezza dell&apos;archivio</translation>
    </message>
    <message>
        <source>Store backed up to %1</source>
        <translation>Copia di sicurezza dell&apos;archivio salvata in %1</translation>
    </message>
    <message>
        <source>The store was not backed up: %1</source>
        <translation>La copia di sicurezza dell&apos;archivio non è stata fatta: %1</translation>
    </message>
    <message>
        <source>Restore store</source>
        <translation>Ripristina l&apos;archivio</translation>
    </message>
    <message>
        <source>Replace everything in the open store with the copy in %1?

The current content is kept in %2. Edits not yet sent to the portal that are not in the copy will no longer be in the store.</source>
        <translation>Sostituire tutto il contenuto dell&apos;archivio aperto con la copia in %1?

Il contenuto attuale viene conservato in %2. Le modifiche non ancora inviate al portale che non sono nella copia non saranno più nell&apos;archivio.</translation>
    </message>
    <message>
        <source>Store restored from %1</source>
        <translation>Archivio ripristinato da %1</translation>
    </message>
    <message>
        <source>The store was not restored and is as it was: %1</source>
        <translation>L&apos;archivio non è stato ripristinato ed è com&apos;era: %1</translation>
    </message>
</context>
<context>
    <name>pass::MutationResults</name>
    <message>
        <source>%1 %2 was deleted on the portal while you edited it: conflict stored</source>
        <translation>%1 %2 è stato eliminato sul portale mentre lo si modificava: conflitto registrato</translation>
    </message>
    <message>
        <source>%1 %2 was changed on the portal after you deleted it: conflict stored</source>
        <translation>%1 %2 è stato modificato sul portale dopo che lo si era eliminato: conflitto registrato</translation>
    </message>
    <message>
        <source>%1 %2: %3 changed both here and on the portal: conflict stored</source>
        <translation>%1 %2: %3 modificato sia qui sia sul portale: conflitto registrato</translation>
    </message>
    <message>
        <source>The portal refused the %1 of %2 %3: %4</source>
        <translation>Il portale ha rifiutato l&apos;operazione %1 su %2 %3: %4</translation>
    </message>
    <message>
        <source>The portal could not apply the %1 of %2 %3 now, it will be sent again: %4</source>
        <translation>Il portale non ha potuto applicare ora l&apos;operazione %1 su %2 %3, che verrà inviata di nuovo: %4</translation>
    </message>
</context>
<context>
    <name>pass::NewRequestDialog</name>
    <message>
        <source>New support request</source>
        <translation>Nuova richiesta di supporto</translation>
    </message>
    <message>
        <source>&amp;Task force:</source>
        <translation>&amp;Task force:</translation>
    </message>
    <message>
        <source>&amp;Procedures:</source>
        <translation>&amp;Procedure:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Oggetto:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;riorità:</translation>
    </message>
    <message>
        <source>Save as &amp;draft</source>
        <translation>Salva come &amp;bozza</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>&amp;Invia</translation>
    </message>
    <message>
        <source>Task force</source>
        <translation>Task force</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
</context>
<context>
    <name>pass::OAuthFlow</name>
    <message>
        <source>Cannot read the portal&apos;s sign-in settings: %1</source>
        <translation>Impossibile leggere le impostazioni di accesso del portale: %1</translation>
    </message>
    <message>
        <source>The portal refused the sign-in: %1 (%2)</source>
        <translation>Il portale ha rifiutato l&apos;accesso: %1 (%2)</translation>
    </message>
    <message>
        <source>The portal&apos;s token answer has no access token</source>
        <translation>La risposta del portale non contiene un token di accesso</translation>
    </message>
    <message>
        <source>Cannot open the browser for the sign-in page: %1</source>
        <translation>Impossibile aprire il browser sulla pagina di accesso: %1</translation>
    </message>
    <message>
        <source>The sign-in answer does not belong to this sign-in (state mismatch): ignored</source>
        <translation>La risposta non appartiene a questo accesso (state diverso): ignorata</translation>
    </message>
    <message>
        <source>The portal did not sign you in: %1 %2</source>
        <translation>Il portale non ha concesso l&apos;accesso: %1 %2</translation>
    </message>
    <message>
        <source>The portal&apos;s sign-in settings name another issuer (%1, expected %2): not signing in</source>
        <translation>Le impostazioni di accesso del portale indicano un altro emittente (%1, atteso %2): accesso non eseguito</translation>
    </message>
    <message>
        <source>The portal&apos;s sign-in settings send %1 to %2, not to the portal %3: not signing in</source>
        <translation>Le impostazioni di accesso del portale mandano %1 a %2 e non al portale %3: accesso non eseguito</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nessun indirizzo</translation>
    </message>
</context>
<context>
    <name>pass::PageWriter</name>
    <message>
        <source>The portal sent a malformed change (type, id, version or op missing)</source>
        <translation>Il portale ha inviato una modifica malformata (manca type, id, version o op)</translation>
    </message>
    <message>
        <source>Could not store %1 %2 from the portal: %3</source>
        <translation>Impossibile salvare %1 %2 ricevuto dal portale: %3</translation>
    </message>
    <message>
        <source>Could not count the case statistics: %1</source>
        <translation>Impossibile contare le statistiche delle pratiche: %1</translation>
    </message>
</context>
<context>
    <name>pass::PlaceholderView</name>
    <message>
        <source>This view is being built: it arrives with a next version of PAsS Desktop.</source>
        <translation>Questa vista è in preparazione: arriva con una prossima versione di PAsS Desktop.</translation>
    </message>
</context>
<context>
    <name>pass::PortalClient</name>
    <message>
        <source>The portal address &apos;%1&apos; is not a valid URL</source>
        <translation>L&apos;indirizzo del portale &apos;%1&apos; non è un URL valido</translation>
    </message>
    <message>
        <source>The portal address must use https:// (plain http is only allowed for this computer, e.g. http://127.0.0.1): %1</source>
        <translation>L&apos;indirizzo del portale deve usare https:// (http semplice è ammesso solo per questo computer, es. http://127.0.0.1): %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>The portal asked to come back in %1 s: giving up for now (%2)</source>
        <translation>Il portale ha chiesto di riprovare tra %1 s: per ora si rinuncia (%2)</translation>
    </message>
    <message>
        <source>The portal did not answer in time (%1 s)</source>
        <translation>Il portale non ha risposto in tempo (%1 s)</translation>
    </message>
    <message>
        <source>Cannot reach the portal: %1</source>
        <translation>Impossibile raggiungere il portale: %1</translation>
    </message>
    <message>
        <source>The portal&apos;s answer was interrupted: %1</source>
        <translation>La risposta del portale si è interrotta: %1</translation>
    </message>
    <message>
        <source>The portal sent an empty answer</source>
        <translation>Il portale ha inviato una risposta vuota</translation>
    </message>
    <message>
        <source>The portal sent a malformed answer (%1 at byte %2)</source>
        <translation>Il portale ha inviato una risposta malformata (%1 al byte %2)</translation>
    </message>
    <message>
        <source>The portal sent a malformed answer (%1)</source>
        <translation>Il portale ha inviato una risposta malformata (%1)</translation>
    </message>
</context>
<context>
    <name>pass::PortalProblem</name>
    <message>
        <source>The portal refused the request</source>
        <translation>Il portale ha rifiutato la richiesta</translation>
    </message>
</context>
<context>
    <name>pass::ReportDialog</name>
    <message>
        <source>&amp;Update the preview</source>
        <translation>A&amp;ggiorna l&apos;anteprima</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Salva…</translation>
    </message>
    <message>
        <source>&amp;Write every authority&apos;s report…</source>
        <translation>Scrivi i &amp;report di tutti gli enti…</translation>
    </message>
    <message>
        <source>&amp;Cancel the batch</source>
        <translation>A&amp;nnulla i report in corso</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>All (region)</source>
        <translation>Tutte (regione)</translation>
    </message>
    <message>
        <source>%1 (running, as of today)</source>
        <translation>%1 (in corso, dati a oggi)</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
    <message>
        <source>Monitoring report (PDF)</source>
        <translation>Report di monitoraggio (PDF)</translation>
    </message>
    <message>
        <source>DFP table (XLSX)</source>
        <translation>Tabella DFP (XLSX)</translation>
    </message>
    <message>
        <source>DFP table (CSV)</source>
        <translation>Tabella DFP (CSV)</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Ente</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>Semestre</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Lingua del report</translation>
    </message>
    <message>
        <source>Backlog variant</source>
        <translation>Variante dell&apos;arretrato</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Authorities of the batch</source>
        <translation>Enti dei report in serie</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Anteprima di stampa</translation>
    </message>
    <message>
        <source>Batch progress</source>
        <translation>Avanzamento dei report in serie</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Stato del report</translation>
    </message>
    <message>
        <source>&amp;Authority</source>
        <translation>&amp;Ente</translation>
    </message>
    <message>
        <source>S&amp;emester</source>
        <translation>Se&amp;mestre</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>&amp;Backlog</source>
        <translation>A&amp;rretrato</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <source>Every authority in scope</source>
        <translation>Tutti gli enti nell&apos;ambito</translation>
    </message>
    <message>
        <source>Pro&amp;vince</source>
        <translation>Pro&amp;vincia</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v di %m</translation>
    </message>
    <message>
        <source>The report cannot be built: %1</source>
        <translation>Impossibile preparare il report: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s).</source>
        <translation>
            <numerusform>%1: %n pagina.</numerusform>
            <numerusform>%1: %n pagine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvato %1</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossibile salvare %1: %2</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 reports written.</source>
        <translation>Annullato: %1 di %2 report scritti.</translation>
    </message>
    <message>
        <source>%1 of %2 reports written.</source>
        <translation>%1 di %2 report scritti.</translation>
    </message>
    <message>
        <source>Not written: %1</source>
        <translation>Non scritti: %1</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Preparazione del report…</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Salva il report</translation>
    </message>
    <message>
        <source>Folder for the reports</source>
        <translation>Cartella per i report</translation>
    </message>
    <message>
        <source>Writing the reports…</source>
        <translation>Scrittura dei report…</translation>
    </message>
    <message>
        <source>Report %1 of %2 written: %3</source>
        <translation>Report %1 di %2 scritto: %3</translation>
    </message>
    <message>
        <source>Cancelling after the report being written…</source>
        <translation>Annullamento dopo il report in scrittura…</translation>
    </message>
</context>
<context>
    <name>pass::RequestDetailWidget</name>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Experts (user names, separated by commas):</source>
        <translation>Esperti (nomi utente, separati da virgole):</translation>
    </message>
    <message>
        <source>Closing summary:</source>
        <translation>Sintesi di chiusura:</translation>
    </message>
    <message>
        <source>status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>stato: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>message: %1</source>
        <translation>messaggio: %1</translation>
    </message>
    <message>
        <source>visit: %1</source>
        <translation>visita: %1</translation>
    </message>
    <message>
        <source> — &lt;i&gt;not sent yet&lt;/i&gt;</source>
        <translation> — &lt;i&gt;non ancora inviato&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Authority:</source>
        <translation>Ente:</translation>
    </message>
    <message>
        <source>Task force:</source>
        <translation>Task force:</translation>
    </message>
    <message>
        <source>Procedures:</source>
        <translation>Procedure:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorità:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <source>Experts:</source>
        <translation>Esperti:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Write a message and press Enter</source>
        <translation>Scrivi un messaggio e premi Invio</translation>
    </message>
    <message>
        <source>Choose a request in the list</source>
        <translation>Scegli una richiesta nell&apos;elenco</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>nessuno per ora</translation>
    </message>
    <message>
        <source>Sign in to the portal once to act on requests</source>
        <translation>Accedi una volta al portale per agire sulle richieste</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Ente</translation>
    </message>
    <message>
        <source>Task force</source>
        <translation>Task force</translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Esperti</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Why some actions are not available</source>
        <translation>Perché alcune azioni non sono disponibili</translation>
    </message>
    <message>
        <source>&amp;Visits of this request</source>
        <translation>&amp;Visite di questa richiesta</translation>
    </message>
    <message>
        <source>Visits of this request</source>
        <translation>Visite di questa richiesta</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Esperto</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Ore</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Conferma</translation>
    </message>
    <message>
        <source>Con&amp;firm visit</source>
        <translation>Con&amp;ferma visita</translation>
    </message>
    <message>
        <source>Dis&amp;pute visit…</source>
        <translation>Con&amp;testa visita…</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Cronologia</translation>
    </message>
    <message>
        <source>New message</source>
        <translation>Nuovo messaggio</translation>
    </message>
</context>
<context>
    <name>pass::RequestListModel</name>
    <message>
        <source>Changed on this PC, not yet sent to the portal</source>
        <translation>Modificata su questo PC, non ancora inviata al portale</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creata il</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Ente</translation>
    </message>
    <message>
        <source>Task force</source>
        <translation>Task force</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorità</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>Esperti</translation>
    </message>
</context>
<context>
    <name>pass::RequestsView</name>
    <message>
        <source>All statuses</source>
        <translation>Tutti gli stati</translation>
    </message>
    <message>
        <source>All task forces</source>
        <translation>Tutte le task force</translation>
    </message>
    <message>
        <source>Assigned to &amp;me</source>
        <translation>Assegnate a &amp;me</translation>
    </message>
    <message>
        <source>&amp;Overdue follow-ups</source>
        <translation>Seguiti &amp;scaduti</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nuova richiesta…</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) shown</source>
        <translation>
            <numerusform>%n richiesta mostrata</numerusform>
            <numerusform>%n richieste mostrate</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Task force</source>
        <translation>Task force</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Ente</translation>
    </message>
    <message>
        <source>All authorities</source>
        <translation>Tutti gli enti</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtra:</translation>
    </message>
    <message>
        <source>Requests per status</source>
        <translation>Richieste per stato</translation>
    </message>
    <message>
        <source>Support requests</source>
        <translation>Richieste di supporto</translation>
    </message>
    <message>
        <source>Only the requests you are assigned to</source>
        <translation>Solo le richieste a cui sei assegnato</translation>
    </message>
    <message>
        <source>Only experts are assigned to requests</source>
        <translation>Solo gli esperti sono assegnati alle richieste</translation>
    </message>
    <message>
        <source>Sign in to the portal once to act on requests</source>
        <translation>Accedi una volta al portale per agire sulle richieste</translation>
    </message>
    <message>
        <source>A new request of your authority (Ctrl+Shift+N)</source>
        <translation>Una nuova richiesta del tuo ente (Ctrl+Maiusc+N)</translation>
    </message>
    <message>
        <source>The support requests cannot be read from the store: %1</source>
        <translation>Non è possibile leggere le richieste di supporto dall&apos;archivio: %1</translation>
    </message>
</context>
<context>
    <name>pass::ScopeFilterBar</name>
    <message>
        <source>Pro&amp;vince</source>
        <translation>Pro&amp;vincia</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <source>&amp;Authority</source>
        <translation>&amp;Ente</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Ente</translation>
    </message>
    <message>
        <source>&amp;Small comuni (≤ 5,000)</source>
        <translation>&amp;Piccoli comuni (≤ 5.000)</translation>
    </message>
    <message>
        <source>Only the comuni of up to 5,000 inhabitants (piccoli comuni)</source>
        <translation>Solo i comuni fino a 5.000 abitanti (piccoli comuni)</translation>
    </message>
    <message>
        <source>P&amp;hase</source>
        <translation>&amp;Fase</translation>
    </message>
    <message>
        <source>PAsS phase</source>
        <translation>Fase PAsS</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <source>1 (pilot)</source>
        <translation>1 (pilota)</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;Dal</translation>
    </message>
    <message>
        <source>First semester</source>
        <translation>Primo semestre</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;al</translation>
    </message>
    <message>
        <source>Last semester</source>
        <translation>Ultimo semestre</translation>
    </message>
    <message>
        <source>&amp;Backlog</source>
        <translation>A&amp;rretrato</translation>
    </message>
    <message>
        <source>Backlog variant</source>
        <translation>Variante dell&apos;arretrato</translation>
    </message>
    <message>
        <source>The DFP&apos;s backlog counts calendar days with suspensions included; the net variant extends each term by its suspension days. One switch for every view and report.</source>
        <translation>L&apos;arretrato DFP conta i giorni di calendario comprese le sospensioni; la variante netta allunga ogni termine dei suoi giorni di sospensione. Un&apos;unica scelta per tutte le viste e i report.</translation>
    </message>
    <message>
        <source>All (region)</source>
        <translation>Tutte (regione)</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>l&apos;inizio</translation>
    </message>
    <message>
        <source>Problem reading the authorities</source>
        <translation>Problema nella lettura degli enti</translation>
    </message>
</context>
<context>
    <name>pass::SettingsDialog</name>
    <message>
        <source>Check for &amp;updates at start</source>
        <translation>Controlla gli &amp;aggiornamenti all&apos;avvio</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Portal address</source>
        <translation>Indirizzo del portale</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Lingua dell&apos;interfaccia</translation>
    </message>
    <message>
        <source>Automatic sync interval in minutes</source>
        <translation>Intervallo della sincronizzazione automatica in minuti</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Solo quando lo chiedo</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>File dell&apos;archivio</translation>
    </message>
    <message>
        <source>Check for updates at start</source>
        <translation>Controlla gli aggiornamenti all&apos;avvio</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Sf&amp;oglia…</translation>
    </message>
    <message>
        <source>Choose the store file</source>
        <translation>Scegli il file dell&apos;archivio</translation>
    </message>
    <message>
        <source>&amp;Portal address:</source>
        <translation>Indirizzo del &amp;portale:</translation>
    </message>
    <message>
        <source>Automatic &amp;sync every:</source>
        <translation>&amp;Sincronizzazione automatica ogni:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>S&amp;tore file:</source>
        <translation>&amp;File dell&apos;archivio:</translation>
    </message>
    <message>
        <source>The language and the store file take effect at the next start.</source>
        <translation>La lingua e il file dell&apos;archivio valgono dal prossimo avvio.</translation>
    </message>
    <message>
        <source>Set by your IT department for every user of this computer (%1): these settings cannot be changed here.</source>
        <translation>Impostato dal tuo reparto informatico per tutti gli utenti di questo computer (%1): queste impostazioni non si possono cambiare qui.</translation>
    </message>
    <message>
        <source>&amp;About PAsS Desktop</source>
        <translation>&amp;Informazioni su PAsS Desktop</translation>
    </message>
    <message>
        <source>Set by your IT department</source>
        <translation>Impostato dal tuo reparto informatico</translation>
    </message>
    <message>
        <source>Set by your IT department for every user of this computer: it cannot be changed here.</source>
        <translation>Impostato dal tuo reparto informatico per tutti gli utenti di questo computer: non si può cambiare qui.</translation>
    </message>
    <message>
        <source>PAsS Desktop stores (*.db *.sqlite);;All files (*)</source>
        <translation>Archivi di PAsS Desktop (*.db *.sqlite);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>The portal address &quot;%1&quot; is not a web address: it starts with https:// (for example https://portale.passlombardia.it).</source>
        <translation>L&apos;indirizzo del portale &quot;%1&quot; non è un indirizzo web: inizia con https:// (per esempio https://portale.passlombardia.it).</translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation>%1 (bloccato)</translation>
    </message>
</context>
<context>
    <name>pass::StatusBarContent</name>
    <message>
        <source>Edits waiting to be sent</source>
        <translation>Modifiche in attesa di invio</translation>
    </message>
    <message>
        <source>Open sync conflicts</source>
        <translation>Conflitti di sincronizzazione aperti</translation>
    </message>
    <message>
        <source>Edits refused by the portal</source>
        <translation>Modifiche rifiutate dal portale</translation>
    </message>
    <message>
        <source>Portal account</source>
        <translation>Account del portale</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Ultima sincronizzazione riuscita</translation>
    </message>
    <message>
        <source>Case file counts</source>
        <translation>Conteggio delle pratiche</translation>
    </message>
    <message>
        <source>Store file</source>
        <translation>File dell&apos;archivio</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Archivio: %1</translation>
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
        <source>Offline</source>
        <translation>Non connesso</translation>
    </message>
    <message>
        <source>Not signed in to the portal: everything is kept on this computer.</source>
        <translation>Non hai effettuato l&apos;accesso al portale: tutto resta su questo computer.</translation>
    </message>
    <message>
        <source>%1 · syncing…</source>
        <translation>%1 · sincronizzazione in corso…</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2</source>
        <translation>Connesso a %1 come %2</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) to send</source>
        <translation>
            <numerusform>%n modifica da inviare</numerusform>
            <numerusform>%n modifiche da inviare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflitto</numerusform>
            <numerusform>%n conflitti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused edit(s)</source>
        <translation>
            <numerusform>%n modifica rifiutata</numerusform>
            <numerusform>%n modifiche rifiutate</numerusform>
        </translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Mai sincronizzato</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>adesso</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min fa</numerusform>
            <numerusform>%n min fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h fa</numerusform>
            <numerusform>%n h fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n giorno fa</numerusform>
            <numerusform>%n giorni fa</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Sincronizzato %1</translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation>Ultima sincronizzazione riuscita: %1</translation>
    </message>
    <message>
        <source>The last sync failed: %1</source>
        <translation>L&apos;ultima sincronizzazione non è riuscita: %1</translation>
    </message>
    <message>
        <source>Edits waiting for a retry</source>
        <translation>Modifiche in attesa di un nuovo tentativo</translation>
    </message>
    <message>
        <source>Automatic sync</source>
        <translation>Sincronizzazione automatica</translation>
    </message>
    <message>
        <source>Automatic sync off</source>
        <translation>Sincronizzazione automatica spenta</translation>
    </message>
    <message>
        <source>The automatic sync starts again with the next sync or sign-in.</source>
        <translation>La sincronizzazione automatica riparte con la prossima sincronizzazione o il prossimo accesso.</translation>
    </message>
    <message>
        <source>Sync on demand</source>
        <translation>Sincronizzazione su richiesta</translation>
    </message>
    <message>
        <source>Syncs when you ask and when the network comes back (Settings).</source>
        <translation>Sincronizza quando lo chiedi e quando torna la rete (Impostazioni).</translation>
    </message>
    <message numerus="yes">
        <source>Auto every %n min</source>
        <translation>
            <numerusform>Automatica ogni %n min</numerusform>
            <numerusform>Automatica ogni %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncs automatically every %n minute(s) and when the network comes back.</source>
        <translation>
            <numerusform>Sincronizza automaticamente ogni %n minuto e quando torna la rete.</numerusform>
            <numerusform>Sincronizza automaticamente ogni %n minuti e quando torna la rete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for a retry</source>
        <translation>
            <numerusform>%n in attesa di un nuovo tentativo</numerusform>
            <numerusform>%n in attesa di un nuovo tentativo</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent, not taken yet; they are sent again at the next sync:</source>
        <translation>Inviate ma non ancora accolte; vengono inviate di nuovo alla prossima sincronizzazione:</translation>
    </message>
    <message numerus="yes">
        <source>• %1 %2 (%n attempt(s)): %3</source>
        <translation>
            <numerusform>• %1 %2 (%n tentativo): %3</numerusform>
            <numerusform>• %1 %2 (%n tentativi): %3</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>nessuna risposta</translation>
    </message>
    <message>
        <source>Refused by the portal; they will not be sent again:</source>
        <translation>Rifiutate dal portale; non verranno inviate di nuovo:</translation>
    </message>
    <message>
        <source>• %1 %2: %3</source>
        <translation>• %1 %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… e un&apos;altra</numerusform>
            <numerusform>… e altre %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the case files that match the filters… (of %1)</source>
        <translation>Conto le pratiche che corrispondono ai filtri… (su %1)</translation>
    </message>
    <message>
        <source>Case files: the store could not count them</source>
        <translation>Pratiche: l&apos;archivio non riesce a contarle</translation>
    </message>
</context>
<context>
    <name>pass::SuspensionListEditor</name>
    <message>
        <source>Suspended from</source>
        <translation>Sospesa dal</translation>
    </message>
    <message>
        <source>Suspended until</source>
        <translation>Sospesa fino al</translation>
    </message>
    <message>
        <source>from</source>
        <translation>dal</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source> days</source>
        <translation> giorni</translation>
    </message>
    <message>
        <source>Days of suspension</source>
        <translation>Giorni di sospensione</translation>
    </message>
    <message>
        <source>The length of a suspension whose dates are not known</source>
        <translation>La durata di una sospensione di cui non si conoscono le date</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Reason of the suspension</source>
        <translation>Motivo della sospensione</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove this suspension</source>
        <translation>Rimuovi questa sospensione</translation>
    </message>
</context>
<context>
    <name>pass::SyncAccount</name>
    <message>
        <source>Signed in, but the sign-in cannot be kept: %1. Sign in for this session only, or fix the keychain and sign in again.</source>
        <translation>Accesso eseguito, ma non può essere conservato: %1. Accedere solo per questa sessione, oppure sistemare il portachiavi e accedere di nuovo.</translation>
    </message>
    <message>
        <source>The portal could not be told (%1); the sign-in is forgotten here anyway</source>
        <translation>Non è stato possibile avvisare il portale (%1); l&apos;accesso viene comunque dimenticato qui</translation>
    </message>
    <message>
        <source>Not signed in to %1: sign in first</source>
        <translation>Accesso a %1 non eseguito: accedere prima</translation>
    </message>
    <message>
        <source>No saved sign-in for %1 at %2: sign in again</source>
        <translation>Nessun accesso salvato per %1 su %2: accedere di nuovo</translation>
    </message>
    <message>
        <source>Cannot read the saved sign-in: %1</source>
        <translation>Impossibile leggere l&apos;accesso salvato: %1</translation>
    </message>
    <message>
        <source>The sign-in for %1 has expired: sign in again</source>
        <translation>L&apos;accesso per %1 è scaduto: accedere di nuovo</translation>
    </message>
    <message>
        <source>The renewed sign-in could not be saved in the keychain (%1): this session goes on, but after a restart you will have to sign in again.</source>
        <translation>L&apos;accesso rinnovato non è stato salvato nel portachiavi (%1): questa sessione continua, ma dopo un riavvio dovrai accedere di nuovo.</translation>
    </message>
    <message>
        <source>The sign-in could not be forgotten in the store: %1</source>
        <translation>Non è stato possibile cancellare l’accesso dall’archivio: %1</translation>
    </message>
</context>
<context>
    <name>pass::SyncEngine</name>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Sincronizzazione interrotta: %1</translation>
    </message>
    <message>
        <source>Sync started with %1</source>
        <translation>Sincronizzazione avviata con %1</translation>
    </message>
    <message>
        <source>Sync finished: %1 sent, %2 received, %3 conflicts, %4 refused</source>
        <translation>Sincronizzazione terminata: %1 inviate, %2 ricevute, %3 conflitti, %4 rifiutate</translation>
    </message>
    <message>
        <source>Cannot store the portal&apos;s answer: %1</source>
        <translation>Impossibile salvare la risposta del portale: %1</translation>
    </message>
    <message>
        <source>The portal answered none of the %1 changes sent</source>
        <translation>Il portale non ha risposto a nessuna delle %1 modifiche inviate</translation>
    </message>
    <message>
        <source>The portal no longer knows our position (%1): downloading everything again; unsent edits are kept</source>
        <translation>Il portale non riconosce più la nostra posizione (%1): si riscarica tutto; le modifiche non inviate sono conservate</translation>
    </message>
    <message>
        <source>The portal sent a change page without changes, next_cursor or has_more</source>
        <translation>Il portale ha inviato una pagina di modifiche senza changes, next_cursor o has_more</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <source>%1 edits could not be applied by the portal now and wait for a retry: %2</source>
        <translation>%1 modifiche non sono state applicate dal portale per ora e attendono un nuovo invio: %2</translation>
    </message>
    <message>
        <source>%1 documents downloaded</source>
        <translation>%1 documenti scaricati</translation>
    </message>
</context>
<context>
    <name>pass::SyncPanel</name>
    <message>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>Conflitti…</translation>
    </message>
    <message>
        <source>Sync log</source>
        <translation>Registro di sincronizzazione</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2%3</source>
        <translation>Accesso a %1 come %2%3</translation>
    </message>
    <message>
        <source> (this session only)</source>
        <translation> (solo per questa sessione)</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Accedi…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Accedi</translation>
    </message>
    <message>
        <source>Portal address:</source>
        <translation>Indirizzo del portale:</translation>
    </message>
    <message>
        <source>The sign-in cannot be kept on this computer: %1.

Sign in for this session only? Nothing is saved and you will sign in again next time.</source>
        <translation>L&apos;accesso non può essere conservato su questo computer: %1.

Accedere solo per questa sessione? Non viene salvato nulla e al prossimo avvio occorrerà accedere di nuovo.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Invio</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Ricezione</translation>
    </message>
    <message>
        <source>%1: %2 records, %3 KiB</source>
        <translation>%1: %2 record, %3 KiB</translation>
    </message>
    <message>
        <source>Portal account</source>
        <translation>Account del portale</translation>
    </message>
    <message>
        <source>Sync summary</source>
        <translation>Riepilogo della sincronizzazione</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Avanzamento della sincronizzazione</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizza ora</translation>
    </message>
    <message>
        <source>Send the waiting edits to the portal and receive its changes</source>
        <translation>Invia al portale le modifiche in attesa e ricevi le sue novità</translation>
    </message>
    <message>
        <source>Not signed in: working offline.</source>
        <translation>Accesso non effettuato: lavori offline.</translation>
    </message>
    <message>
        <source>Not signed in (%1): working offline.</source>
        <translation>Accesso non effettuato (%1): lavori offline.</translation>
    </message>
    <message>
        <source>Sync lists</source>
        <translation>Elenchi della sincronizzazione</translation>
    </message>
    <message>
        <source>Edits waiting for a retry</source>
        <translation>Modifiche in attesa di un nuovo tentativo</translation>
    </message>
    <message>
        <source>Edits refused by the portal</source>
        <translation>Modifiche rifiutate dal portale</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>Waiting for a &amp;retry</source>
        <translation>In attesa di &amp;nuovo tentativo</translation>
    </message>
    <message>
        <source>Re&amp;fused by the portal</source>
        <translation>Ri&amp;fiutate dal portale</translation>
    </message>
    <message>
        <source>%1 edits waiting (%2 of them for a retry) · %3 open conflicts · %4 refused edits · last sync: %5%6</source>
        <translation>%1 modifiche in attesa (%2 di nuovo tentativo) · %3 conflitti aperti · %4 modifiche rifiutate · ultima sincronizzazione: %5%6</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%3), %n attempt(s): %4</source>
        <translation>
            <numerusform>%1 %2 (%3), %n tentativo: %4</numerusform>
            <numerusform>%1 %2 (%3), %n tentativi: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>nessuna risposta</translation>
    </message>
    <message>
        <source>No edit is waiting for a retry.</source>
        <translation>Nessuna modifica è in attesa di un nuovo tentativo.</translation>
    </message>
    <message>
        <source> (field %1)</source>
        <translation> (campo %1)</translation>
    </message>
    <message>
        <source>%1 %2 (%3), refused on %4%5: %6</source>
        <translation>%1 %2 (%3), rifiutata il %4%5: %6</translation>
    </message>
    <message>
        <source>The portal refused no edit.</source>
        <translation>Il portale non ha rifiutato nessuna modifica.</translation>
    </message>
    <message>
        <source>Waiting for a &amp;retry (%1)</source>
        <translation>In attesa di &amp;nuovo tentativo (%1)</translation>
    </message>
    <message>
        <source>Re&amp;fused by the portal (%1)</source>
        <translation>Ri&amp;fiutate dal portale (%1)</translation>
    </message>
    <message>
        <source>No sync yet: the first one starts in a moment.</source>
        <translation>Nessuna sincronizzazione ancora: la prima parte tra un momento.</translation>
    </message>
    <message>
        <source>No sync yet: sign in to the portal to send your edits and receive its changes.</source>
        <translation>Nessuna sincronizzazione ancora: accedi al portale per inviare le tue modifiche e ricevere le sue.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… e un&apos;altra</numerusform>
            <numerusform>… e altre %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pass::TokenStore</name>
    <message>
        <source>the keychain is available</source>
        <translation>il portachiavi è disponibile</translation>
    </message>
    <message>
        <source>no saved sign-in for this portal and account</source>
        <translation>nessun accesso salvato per questo portale e account</translation>
    </message>
    <message>
        <source>no keychain service is available on this computer (e.g. GNOME Keyring, KWallet)</source>
        <translation>su questo computer non è disponibile un servizio portachiavi (es. GNOME Keyring, KWallet)</translation>
    </message>
    <message>
        <source>the keychain is locked: unlock it (or log in to the desktop) and try again</source>
        <translation>il portachiavi è bloccato: sbloccarlo (o accedere al desktop) e riprovare</translation>
    </message>
    <message>
        <source>access to the keychain was denied</source>
        <translation>l&apos;accesso al portachiavi è stato negato</translation>
    </message>
    <message>
        <source>the keychain reported an error</source>
        <translation>il portachiavi ha segnalato un errore</translation>
    </message>
</context>
<context>
    <name>pass::UnreadableChoices</name>
    <message>
        <source>I cannot read the authorities from the store: %1</source>
        <translation>Non riesco a leggere gli enti dall&apos;archivio: %1</translation>
    </message>
</context>
<context>
    <name>pass::VisitCountersign</name>
    <message>
        <source>Dispute the visit</source>
        <translation>Contesta la visita</translation>
    </message>
    <message>
        <source>What does not match:</source>
        <translation>Che cosa non corrisponde:</translation>
    </message>
    <message>
        <source>Sign in to the portal once to act on requests</source>
        <translation>Accedi una volta al portale per agire sulle richieste</translation>
    </message>
    <message>
        <source>Choose a visit</source>
        <translation>Scegli una visita</translation>
    </message>
</context>
<context>
    <name>pass::VisitForm</name>
    <message>
        <source>Type the authority&apos;s name</source>
        <translation>Scrivi il nome dell&apos;ente</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Roles, not names: RUP, technical officer…</source>
        <translation>Ruoli, non nomi: RUP, istruttore tecnico…</translation>
    </message>
    <message>
        <source>What is to be done next (optional)</source>
        <translation>Cosa resta da fare (facoltativo)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>or</source>
        <translation>oppure</translation>
    </message>
    <message>
        <source>by</source>
        <translation>entro il</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>&amp;Ente:</translation>
    </message>
    <message>
        <source>&amp;Request:</source>
        <translation>&amp;Richiesta:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Orario:</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Modalità:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Partecipanti:</translation>
    </message>
    <message>
        <source>What was &amp;done:</source>
        <translation>Cosa è stato &amp;fatto:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Esito:</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Seguito:</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves the visit and starts the next one.</source>
        <translation>Ctrl+Invio salva la visita e ne inizia un&apos;altra.</translation>
    </message>
    <message>
        <source>Visits are logged by the experts assigned to a request.</source>
        <translation>Le visite sono registrate dagli esperti assegnati a una richiesta.</translation>
    </message>
    <message>
        <source>request: choose one of your requests</source>
        <translation>richiesta: scegli una delle tue richieste</translation>
    </message>
    <message>
        <source>Visit of %1 saved (%2 h): it will reach the portal at the next sync.</source>
        <translation>Visita del %1 salvata (%2 h): arriverà al portale alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Ora di inizio</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>Ora di fine</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Ore</translation>
    </message>
    <message>
        <source>Follow-up due date</source>
        <translation>Scadenza del seguito</translation>
    </message>
    <message>
        <source>Result of the last save</source>
        <translation>Esito dell&apos;ultimo salvataggio</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Ente</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Cosa è stato fatto</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguito</translation>
    </message>
</context>
<context>
    <name>pass::VisitsView</name>
    <message>
        <source>This week</source>
        <translation>Questa settimana</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Questo mese</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mese scorso</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Ore</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Conferma</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Every visit</source>
        <translation>Tutte le visite</translation>
    </message>
    <message>
        <source>Visit log</source>
        <translation>Registro delle visite</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Esperto</translation>
    </message>
    <message>
        <source>Con&amp;firm visit</source>
        <translation>Con&amp;ferma visita</translation>
    </message>
    <message>
        <source>Dis&amp;pute visit…</source>
        <translation>Con&amp;testa visita…</translation>
    </message>
    <message>
        <source>&amp;My visits:</source>
        <translation>Le &amp;mie visite:</translation>
    </message>
    <message>
        <source>&amp;Visits:</source>
        <translation>&amp;Visite:</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Tutte le richieste</translation>
    </message>
    <message>
        <source>Sign in to the portal once to see the visits</source>
        <translation>Accedi una volta al portale per vedere le visite</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s), %1 h, of which %2 h confirmed</source>
        <translation>
            <numerusform>%n visita, %1 h, di cui %2 h confermate</numerusform>
            <numerusform>%n visite, %1 h, di cui %2 h confermate</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>New &amp;visit</source>
        <translation>Nuova &amp;visita</translation>
    </message>
    <message>
        <source>Back to the form&apos;s first field for the next visit (Ctrl+Shift+N)</source>
        <translation>Torna al primo campo del modulo per la prossima visita (Ctrl+Maiusc+N)</translation>
    </message>
    <message>
        <source>I cannot read your requests from the store: %1</source>
        <translation>Non riesco a leggere le tue richieste dall&apos;archivio: %1</translation>
    </message>
    <message>
        <source>I cannot read the visits from the store: %1</source>
        <translation>Non riesco a leggere le visite dall&apos;archivio: %1</translation>
    </message>
</context>
</TS>
