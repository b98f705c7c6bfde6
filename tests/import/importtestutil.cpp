#include "tests/common/storereads.h"
#include "importtestutil.h"

#include "core/import/mappingstore.h"
#include "core/store/outbox.h"
#include "core/util/stage.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QSqlQuery>
#include <QStringList>

#include <atomic>

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

pass::CaseFile cremaCase(const QString &protocol, QDate start)
{
    pass::CaseFile c;
    c.authorityIstat = u"019035"_s;
    c.procedureCode = u"PDC-LOM"_s;
    c.protocolNumber = protocol;
    c.startDate = start;
    return c;
}

QString dumpStore(QSqlDatabase db)
{
    QStringList lines;
    QSqlQuery q(db);
    q.exec(u"SELECT c.authority_istat, c.protocol_number, c.procedure_code, c.start_date, coalesce(c.end_date, ''), "
           "coalesce(c.outcome, 'open'), c.services_conference, c.suspended, c.suspension_days, coalesce(c.responsible, ''), "
           "coalesce(c.notes, ''), (SELECT group_concat(coalesce(s.reason, ''), '|') FROM case_suspensions s "
           "WHERE s.case_id = c.id) FROM case_files c ORDER BY c.authority_istat, c.protocol_number"_s);
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 12; ++i)
            fields << q.value(i).toString().replace(u'\n', u"\\n"_s);
        lines << fields.join(u" | "_s);
    }
    lines << u"outbox edits waiting: "_s + QString::number(pass::testutil::outboxCount(db));
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

FixtureOptions loadOptions(const QString &fixturePath)
{
    FixtureOptions fo;
    QFile f(fixturePath + u".options.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        return fo;
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        fo.error = f.fileName() + u": "_s + parseError.errorString();
        return fo;
    }
    static const QStringList known{u"mapping"_s, u"authority"_s, u"ended_outcome"_s, u"encoding"_s, u"separator"_s,
                                   u"sheet"_s, u"policy"_s, u"dry_run"_s, u"rejects"_s, u"seed"_s};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key())) {
            fo.error = f.fileName() + u": unknown option "_s + it.key();
            return fo;
        }
    }
    if (o.contains(u"mapping")) {
        const auto loaded = pass::MappingStore::load(fixturesDir() + u'/' + o.value(u"mapping").toString(), &fo.error);
        if (!loaded)
            return fo;
        fo.mapping = *loaded;
    }
    if (o.contains(u"authority"))
        fo.mapping.defaultAuthority = o.value(u"authority").toString();
    if (o.contains(u"ended_outcome"))
        fo.mapping.endedOutcome = o.value(u"ended_outcome").toString();
    if (o.contains(u"encoding") && !pass::encodingFromName(o.value(u"encoding").toString(), &fo.mapping.encoding))
        fo.error = u"unknown encoding "_s + o.value(u"encoding").toString();
    const QString separator = o.value(u"separator").toString();
    if (separator == u"tab")
        fo.mapping.separator = '\t';
    else if (separator.size() == 1)
        fo.mapping.separator = char(separator.at(0).toLatin1());
    else if (!separator.isEmpty())
        fo.error = u"the separator must be one character or tab"_s;
    if (o.contains(u"sheet"))
        fo.mapping.sheet = o.value(u"sheet").toString();
    if (o.value(u"policy").toString() == u"valid-rows")
        fo.options.policy = pass::ApplyPolicy::ValidRowsOnly;
    fo.options.dryRun = o.value(u"dry_run").toBool();
    fo.wantsRejects = o.value(u"rejects").toBool();
    fo.seed = o.value(u"seed").toString();
    return fo;
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

struct StageGate::State
{
    QByteArray stage;
    QSemaphore reached;
    QSemaphore resume;
    std::atomic_bool passed{false};
};

StageGate::StageGate(const char *stage) : m_state(std::make_shared<State>())
{
    m_state->stage = stage;
    pass::setStageHook([state = m_state](const char *reachedStage) {
        if (state->stage != reachedStage || state->passed.exchange(true))
            return;
        state->reached.release();
        state->resume.acquire();
    });
}

StageGate::~StageGate()
{
    release();
    pass::setStageHook({});
}

bool StageGate::waitUntilReached(int boundMs)
{
    if (!m_state->reached.tryAcquire(1, boundMs))
        return false;
    m_state->reached.release(); // a second wait answers true as well
    return true;
}

void StageGate::release()
{
    if (m_state->resume.available() == 0)
        m_state->resume.release();
}

} // namespace importtest
