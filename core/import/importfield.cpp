#include "importfield.h"

using namespace Qt::StringLiterals;

namespace pass {

QString importFieldName(ImportField f)
{
    switch (f) {
    case ImportField::AuthorityIstat: return u"authority_istat"_s;
    case ImportField::ProcedureCode: return u"procedure_code"_s;
    case ImportField::ProtocolNumber: return u"protocol_number"_s;
    case ImportField::CaseNumber: return u"case_number"_s;
    case ImportField::StartDate: return u"start_date"_s;
    case ImportField::EndDate: return u"end_date"_s;
    case ImportField::Outcome: return u"outcome"_s;
    case ImportField::ServicesConference: return u"services_conference"_s;
    case ImportField::Suspended: return u"suspended"_s;
    case ImportField::SuspensionDays: return u"suspension_days"_s;
    case ImportField::Responsible: return u"responsible"_s;
    case ImportField::Notes: return u"notes"_s;
    case ImportField::Id: return u"id"_s;
    }
    return {};
}

QList<ImportField> allImportFields()
{
    QList<ImportField> all;
    for (int i = 0; i < kImportFieldCount; ++i)
        all << ImportField(i);
    return all;
}

std::optional<ImportField> importFieldFromName(QStringView name)
{
    for (ImportField f : allImportFields()) {
        if (importFieldName(f) == name)
            return f;
    }
    return std::nullopt;
}

QString foldForMatching(QStringView text)
{
    // NFD splits "à" into "a" + combining grave; dropping the marks removes the accents.
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out += u' ';
            space = false;
            out += c.toLower();
        } else if (c.isSpace() || c == u'_' || c == u'.' || c == u'-' || c == u'/' || c == u'\'' || c == u'’') {
            space = true;
        } else {
            if (space && !out.isEmpty())
                out += u' ';
            space = false;
            out += c;
        }
    }
    return out;
}

QStringList headerSynonyms(ImportField f)
{
    // import-formats.md, "Header variants", plus the canonical export's own names.
    switch (f) {
    case ImportField::AuthorityIstat:
        return {u"authority istat"_s, u"codice istat"_s, u"istat"_s, u"cod istat"_s, u"ente"_s,
                u"comune"_s, u"codice ente"_s, u"codice comune"_s};
    case ImportField::ProcedureCode:
        return {u"procedure code"_s, u"procedimento"_s, u"tipo pratica"_s, u"tipo di pratica"_s,
                u"tipologia"_s, u"tipo procedimento"_s, u"codice procedura"_s, u"procedura"_s,
                u"codice procedimento"_s, u"tipologia pratica"_s};
    case ImportField::ProtocolNumber:
        return {u"protocol number"_s, u"protocollo"_s, u"prot"_s, u"prot gen"_s, u"n protocollo"_s,
                u"numero protocollo"_s, u"numero prot"_s, u"num protocollo"_s, u"nr protocollo"_s};
    case ImportField::CaseNumber:
        return {u"numero"_s, u"numero pratica"_s, u"n pratica"_s, u"id pratica"_s, u"codice pratica"_s,
                u"fascicolo"_s, u"pratica"_s, u"nr pratica"_s, u"case number"_s};
    case ImportField::StartDate:
        return {u"start date"_s, u"data avvio"_s, u"data di avvio"_s, u"data presentazione"_s,
                u"data di presentazione"_s, u"data domanda"_s, u"data ricezione"_s,
                u"data protocollo"_s, u"data prot"_s, u"data deposito"_s, u"data inizio"_s,
                u"data istanza"_s};
    case ImportField::EndDate:
        return {u"end date"_s, u"data conclusione"_s, u"data di conclusione"_s, u"data provvedimento"_s,
                u"data rilascio"_s, u"data chiusura"_s, u"data esito"_s, u"data fine"_s};
    case ImportField::Outcome:
        return {u"outcome"_s, u"esito"_s, u"stato"_s, u"stato pratica"_s, u"esito pratica"_s};
    case ImportField::ServicesConference:
        return {u"services conference"_s, u"conferenza di servizi"_s, u"conferenza dei servizi"_s,
                u"cds"_s, u"conferenza servizi"_s};
    case ImportField::Suspended:
        return {u"suspended"_s, u"sospensione"_s, u"sospesa"_s, u"tipo sospensione"_s,
                u"richiesta integrazioni"_s, u"sospensioni"_s};
    case ImportField::SuspensionDays:
        return {u"suspension days"_s, u"giorni sospensione"_s, u"giorni di sospensione"_s,
                u"gg sospensione"_s};
    case ImportField::Responsible:
        return {u"responsible"_s, u"responsabile"_s, u"responsabile del procedimento"_s, u"resp proc"_s,
                u"rup"_s, u"istruttore"_s};
    case ImportField::Notes:
        return {u"notes"_s, u"note"_s, u"annotazioni"_s};
    case ImportField::Id:
        return {u"id"_s};
    }
    return {};
}

} // namespace pass
