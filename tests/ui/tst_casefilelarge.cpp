// The Case files view over a store of 1,000,000 case files (the demo generator's, as `passctl
// demo --cases 1000000` builds it): each filter and search shows its first rows, and those rows
// obey it. Times are printed, not asserted (see bench/ui/bench_casefiles for the figures).
#include "core/demo/demogenerator.h"
#include "core/store/database.h"
#include "core/store/freshstorebuild.h"
#include "core/workspace/workspace.h"
#include "ui/casefiles/casefilepanel.h"
#include "ui/casefiles/casefiletablemodel.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pass;

class TestCaseFileLarge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyFilterShowsItsFirstRows();

private:
    // Applies `set` to a cleared view, returns the milliseconds to the first row's text.
    qint64 timeFirstRows(const std::function<void()> &set);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<CaseFilePanel> m_panel;
};

void TestCaseFileLarge::initTestCase()
{
    // Built as `passctl demo` builds a new store: aside, without a journal, moved in when complete.
    const QString path = m_dir.filePath(u"million.db"_s);
    {
        QString error;
        FreshStoreBuild build(path);
        QVERIFY2(build.open(&error), qPrintable(error));
        DemoGenerator::Options options;
        options.cases = 1000000;
        options.scope = DemoGenerator::Scope::Region;
        options.withRequests = false;
        QVERIFY2(DemoGenerator(build.database().connection()).run(options, {}, &error), qPrintable(error));
        QVERIFY2(build.finish(&error), qPrintable(error));
    }
    QString error;
    m_workspace = Workspace::open(path, &error);
    QVERIFY2(m_workspace, qPrintable(error));
    QCOMPARE(m_workspace->caseFileCount(), 1000000);
    m_panel = std::make_unique<CaseFilePanel>(m_workspace.get());
    m_panel->resize(1440, 860);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestCaseFileLarge::cleanupTestCase()
{
    m_panel.reset();
    m_workspace.reset();
}

qint64 TestCaseFileLarge::timeFirstRows(const std::function<void()> &set)
{
    m_panel->clearFilters();
    QElapsedTimer t;
    t.start();
    set();
    (void)m_panel->model()->index(0, CaseFileTableModel::ProtocolColumn).data();
    return t.elapsed();
}

void TestCaseFileLarge::everyFilterShowsItsFirstRows()
{
    CaseFileTableModel *model = m_panel->model();
    QComboBox *state = m_panel->stateFilter();
    const auto setState = [state](CaseFileState s) { state->setCurrentIndex(state->findData(int(s))); };

    qint64 ms = timeFirstRows([&] { setState(CaseFileState::Overdue); });
    qInfo("overdue: %lld rows, first rows in %lld ms", qint64(model->rowCount()), ms);
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < 50 && row < model->rowCount(); ++row)
        QVERIFY(model->index(row, 0).data(CaseFileTableModel::OverdueRole).toBool());

    ms = timeFirstRows([&] { setState(CaseFileState::Withdrawn); });
    qInfo("withdrawn: %lld rows, first rows in %lld ms", qint64(model->rowCount()), ms);
    QVERIFY(model->rowCount() > 0);
    QVERIFY(model->rowCount() < 1000000);

    const QString prefix = model->index(0, CaseFileTableModel::ProtocolColumn).data().toString().left(7);
    ms = timeFirstRows([&] { m_panel->searchBox()->setText(prefix); });
    qInfo("search '%s': %lld rows, first rows in %lld ms", qPrintable(prefix), qint64(model->rowCount()), ms);
    QVERIFY(model->rowCount() > 0);
    for (int row = 0; row < 50 && row < model->rowCount(); ++row)
        QVERIFY(model->index(row, CaseFileTableModel::ProtocolColumn).data().toString().startsWith(prefix));

    ms = timeFirstRows([&] { m_panel->searchBox()->setText(u"PG/none"_s); });
    qInfo("search with no match: first rows in %lld ms", ms);
    QCOMPARE(model->rowCount(), 0);

    // Choosing an authority (as the Authorities view does) narrows the list to it.
    m_panel->clearFilters();
    const QString istat =
        m_workspace->caseFile(model->index(0, 0).data(CaseFileTableModel::CaseIdRole).toString())->authorityIstat;
    QVERIFY(!istat.isEmpty());
    QElapsedTimer t;
    t.start();
    m_workspace->setFocusAuthority(istat);
    QCOMPARE(m_panel->authorityFilter()->currentData().toString(), istat);
    QVERIFY(model->rowCount() > 0);
    QVERIFY(model->rowCount() < 1000000);
    const QString name = model->index(0, CaseFileTableModel::AuthorityColumn).data().toString();
    qInfo("authority %s: %lld rows, first rows in %lld ms", qPrintable(istat), qint64(model->rowCount()), t.elapsed());
    for (int row = 0; row < 50 && row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, CaseFileTableModel::AuthorityColumn).data().toString(), name);
    m_workspace->setFocusAuthority({});

    // The last row of the whole list is reached too (a jump, not a walk through every page).
    m_panel->clearFilters();
    m_panel->tableView()->scrollToBottom();
    const QModelIndex last = model->index(model->rowCount() - 1, CaseFileTableModel::ProtocolColumn);
    QVERIFY(!last.data().toString().isEmpty());
    QVERIFY(model->cachedPageCount() <= CaseFileTableModel::maxCachedPages());
}

QTEST_MAIN(TestCaseFileLarge)
#include "tst_casefilelarge.moc"
