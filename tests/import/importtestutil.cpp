#include "importtestutil.h"

#include "core/store/outbox.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace importtest {

QString fixturesDir()
{
    return QStringLiteral(PASS_SOURCE_DIR) + u"/tests/import/fixtures"_s;
}

qint64 countRows(QSqlDatabase db, const QString &table)
{
    QSqlQuery q(db);
    q.exec(u"SELECT count(*) FROM "_s + table);
    return q.next() ? q.value(0).toLongLong() : -1;
}

QString dumpStore(QSqlDatabase db)
{
    QStringList lines;
    QSqlQuery q(db);
    q.exec(u"SELECT c.authority_istat, c.protocol_number, c.procedure_code, c.start_date, coalesce(c.end_date, ''), "
           "coalesce(c.outcome, 'open'), c.services_conference, c.suspended, coalesce(c.responsible, ''), "
           "coalesce(c.notes, ''), (SELECT group_concat(coalesce(s.reason, ''), '|') FROM case_suspensions s "
           "WHERE s.case_id = c.id) FROM case_files c ORDER BY c.authority_istat, c.protocol_number"_s);
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 11; ++i)
            fields << q.value(i).toString().replace(u'\n', u"\\n"_s);
        lines << fields.join(u" | "_s);
    }
    lines << u"outbox edits waiting: "_s + QString::number(pass::Outbox(db).count());
    lines << u"audit rows: "_s + QString::number(countRows(db, u"audit_log"_s));
    lines << u"import runs: "_s + QString::number(countRows(db, u"import_runs"_s));
    QSqlQuery s(db);
    s.exec(u"SELECT sum(started), sum(concluded_express), sum(concluded_tacit), sum(withdrawn) FROM case_stats "
           "WHERE authority_istat = '*'"_s);
    if (s.next()) {
        lines << u"stats: started %1, express %2, tacit %3, withdrawn %4"_s.arg(s.value(0).toLongLong())
                     .arg(s.value(1).toLongLong()).arg(s.value(2).toLongLong()).arg(s.value(3).toLongLong());
    }
    return lines.join(u'\n') + u'\n';
}

void loadOptions(const QString &fixturePath, pass::ImportMapping *mapping, pass::ImportOptions *options,
                 bool *wantsRejects)
{
    *wantsRejects = false;
    QFile f(fixturePath + u".options.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    mapping->defaultAuthority = o.value(u"authority").toString();
    mapping->endedOutcome = o.value(u"ended_outcome").toString();
    pass::encodingFromName(o.value(u"encoding").toString(), &mapping->encoding);
    if (o.value(u"policy").toString() == u"valid-rows")
        options->policy = pass::ApplyPolicy::ValidRowsOnly;
    options->dryRun = o.value(u"dry_run").toBool();
    *wantsRejects = o.value(u"rejects").toBool();
}

bool matchesGolden(const QString &goldenPath, const QString &text, QString *diff)
{
    if (qEnvironmentVariableIntValue("PASS_UPDATE_GOLDEN") == 1) {
        QFile out(goldenPath);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        out.write(text.toUtf8());
        return true;
    }
    QFile in(goldenPath);
    if (!in.open(QIODevice::ReadOnly)) {
        *diff = u"missing golden file "_s + goldenPath + u" (run with PASS_UPDATE_GOLDEN=1)\n--- actual ---\n"_s + text;
        return false;
    }
    const QString expected = QString::fromUtf8(in.readAll());
    if (expected == text)
        return true;
    const QStringList e = expected.split(u'\n'), a = text.split(u'\n');
    for (qsizetype i = 0; i < std::max(e.size(), a.size()); ++i) {
        if (e.value(i) != a.value(i)) {
            *diff = u"first difference at line %1\nexpected: %2\nactual:   %3\n--- actual ---\n"_s.arg(i + 1)
                        .arg(e.value(i), a.value(i)) + text;
            break;
        }
    }
    return false;
}

} // namespace importtest
