#include "uifixture.h"

#include "core/indicators/targets.h"
#include "core/store/casefilestore.h"
#include "core/store/transaction.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace pass::test {
namespace {

const QStringList kCremasco = {u"019002"_s, u"019003"_s, u"019005"_s, u"019010"_s, u"019011"_s,
                               u"019025"_s, u"019034"_s, u"019035"_s, u"019037"_s, u"019043"_s};

EditContext demoContext()
{
    EditContext ctx;
    ctx.origin = EditOrigin::Demo;
    ctx.actor = u"ui-test"_s;
    return ctx;
}

} // namespace

UiFixture::UiFixture()
{
    if (!m_dir.isValid())
        return;
    auto db = std::make_unique<Database>(m_dir.filePath(u"store.db"_s));
    if (!db->open()) {
        qWarning("fixture store: %s", qPrintable(db->errorString()));
        return;
    }
    m_db = std::move(db);
}

UiFixture::~UiFixture() = default;

Workspace *UiFixture::workspace()
{
    if (!m_workspace && m_db)
        m_workspace = std::make_unique<Workspace>(std::move(m_db));
    return m_workspace.get();
}

std::unique_ptr<Workspace> UiFixture::takeWorkspace()
{
    workspace();
    return std::move(m_workspace);
}

QString UiFixture::path() const
{
    return m_dir.filePath(u"store.db"_s);
}

bool UiFixture::addCase(const QString &authority, const QString &procedure, const QString &protocol,
                        QDate start, QDate end, std::optional<Outcome> outcome, bool suspended)
{
    CaseFile c;
    c.authorityIstat = authority;
    c.procedureCode = procedure;
    c.protocolNumber = protocol;
    c.startDate = start;
    c.endDate = end;
    c.outcome = outcome;
    if (suspended)
        c.suspensions << Suspension{start.addDays(5), start.addDays(20), u"integrazione documentale"_s};
    QString error;
    CaseFileStore store(database().connection());
    if (!store.insert(&c, demoContext(), &error)) {
        qWarning("fixture case %s: %s", qPrintable(protocol), qPrintable(error));
        return false;
    }
    return true;
}

bool UiFixture::addHandMadeCases()
{
    const QString a = u"019002"_s, b = u"019003"_s;
    bool ok = addCase(a, u"PDC"_s, u"P-001"_s, QDate(2021, 1, 10), QDate(2021, 3, 1), Outcome::Express)
        && addCase(a, u"PDC"_s, u"P-002"_s, QDate(2021, 3, 1))
        && addCase(a, u"PDC"_s, u"P-003"_s, QDate(2021, 9, 1), QDate(2022, 3, 15), Outcome::Express)
        && addCase(b, u"PAS"_s, u"P-004"_s, QDate(2021, 11, 15), QDate(2022, 8, 1), Outcome::Tacit)
        && addCase(b, u"PAS"_s, u"P-005"_s, QDate(2022, 12, 10))
        && addCase(b, u"PDC"_s, u"P-006"_s, QDate(2022, 5, 1), QDate(2022, 6, 15), Outcome::Withdrawn)
        && addCase(a, u"PAS"_s, u"P-007"_s, QDate(2023, 1, 1), {}, std::nullopt, true);
    Target target;
    target.region = u"LOM"_s;
    target.procedureCode = u"*"_s;
    target.baselineSemester = Semester(2021, 2);
    target.backlogReductionPct = 40;
    target.durationReductionPct = 20;
    target.dueDate = QDate(2023, 6, 30);
    QString error;
    return ok && TargetStore(database().connection()).save(target, &error);
}

bool UiFixture::addManyCases(int count, int authorities, quint32 seed)
{
    QRandomGenerator random(seed);
    const QStringList procedures = {u"PDC"_s, u"PAS"_s, u"SCIA-ALT"_s, u"AUA"_s};
    QSqlDatabase db = database().connection();
    Transaction tx(db);
    CaseFileStore store(db);
    QString error;
    if (!tx.begin(&error))
        return false;
    for (int i = 0; i < count; ++i) {
        CaseFile c;
        c.authorityIstat = kCremasco.at(int(random.bounded(quint32(std::min<qsizetype>(authorities, kCremasco.size())))));
        c.procedureCode = procedures.at(int(random.bounded(quint32(procedures.size()))));
        c.protocolNumber = u"N-%1"_s.arg(i, 5, 10, QChar(u'0'));
        c.startDate = QDate(2022, 1, 1).addDays(random.bounded(40) * 7); // 40 distinct days
        if (random.bounded(2)) {
            c.endDate = c.startDate.addDays(random.bounded(200));
            c.outcome = Outcome::Express;
        }
        if (!store.insertInTransaction(&c, demoContext(), &error)) {
            qWarning("fixture case %d: %s", i, qPrintable(error));
            return false;
        }
    }
    return tx.commit(&error);
}

bool UiFixture::addDemoStory(int count, quint32 seed)
{
    QRandomGenerator random(seed);
    const QList<ProcedureType> types = [&] {
        QList<ProcedureType> list;
        const QStringList codes = {u"PDC"_s, u"SCIA-ALT"_s, u"PAS"_s, u"AU-FER"_s, u"AUA"_s,
                                   u"VER-VIA"_s, u"RIF-216"_s, u"BON-242-ADR"_s, u"APP-NEG-PP"_s, u"TLC-44"_s};
        for (const QString &code : codes)
            list << ProcedureType{code, {}, {}, {}, {}, {}, {}, {}};
        return list;
    }();
    QSqlDatabase db = database().connection();
    Transaction tx(db);
    CaseFileStore store(db);
    QString error;
    if (!tx.begin(&error))
        return false;
    const QDate first(2021, 1, 1);
    const QDate today = QDate::currentDate();
    const qint64 span = first.daysTo(today);
    for (int i = 0; i < count; ++i) {
        CaseFile c;
        c.authorityIstat = kCremasco.at(int(random.bounded(quint32(kCremasco.size()))));
        c.procedureCode = types.at(int(random.bounded(quint32(types.size())))).code;
        c.protocolNumber = u"%1/%2"_s.arg(i + 1).arg(2021 + i % 5);
        c.startDate = first.addDays(random.bounded(qint64(span)));
        // Before the experts arrive (mid 2022) files take far longer than their term; later
        // they speed up, so the backlog peaks around the baseline and falls.
        const bool before = c.startDate < QDate(2022, 7, 1);
        const int typical = before ? 260 : 70;
        const qint64 duration = qint64(random.bounded(typical)) + random.bounded(typical);
        const QDate end = c.startDate.addDays(duration);
        if (end < today) {
            c.endDate = end;
            const quint32 r = random.bounded(10);
            c.outcome = r < 6 ? Outcome::Express : (r < 9 ? Outcome::Tacit : Outcome::Withdrawn);
            c.servicesConference = random.bounded(4) == 0;
        }
        if (random.bounded(8) == 0)
            c.suspensions << Suspension{c.startDate.addDays(10), c.startDate.addDays(40), u"integrazioni"_s};
        if (!store.insertInTransaction(&c, demoContext(), &error)) {
            qWarning("demo case %d: %s", i, qPrintable(error));
            return false;
        }
    }
    Target target;
    target.backlogReductionPct = 50;
    target.durationReductionPct = 20;
    return tx.commit(&error) && TargetStore(db).save(target, &error);
}

} // namespace pass::test
