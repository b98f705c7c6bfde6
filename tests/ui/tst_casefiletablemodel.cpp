#include "ui/casefiles/casefiletablemodel.h"
#include "uifixture.h"

#include "core/store/casefilestore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

#include <memory>
#include <random>

using namespace Qt::StringLiterals;
using pass::CaseFileFilter;
using pass::CaseFileState;
using pass::CaseFileTableModel;

class TestCaseFileTableModel : public QObject
{
    Q_OBJECT

private:
    // One large store shared by the paging tests: more pages than the cache holds.
    static constexpr int kMany = (CaseFileTableModel::maxCachedPages() + 8) * CaseFileTableModel::pageSize();
    std::unique_ptr<pass::test::UiFixture> m_many;

    static QStringList column(const CaseFileTableModel &model, int col, int role = Qt::DisplayRole)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values << model.data(model.index(row, col), role).toString();
        return values;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_many = std::make_unique<pass::test::UiFixture>();
        QVERIFY(m_many->isValid());
        QVERIFY(m_many->addManyCases(kMany, 10));
    }

    void rowsAndData()
    {
        pass::test::UiFixture fixture;
        QVERIFY(fixture.isValid());
        QVERIFY(fixture.addHandMadeCases());
        CaseFileTableModel model(fixture.workspace());
        model.setToday(QDate(2023, 3, 1));
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.totalCount(), 7);
        QCOMPARE(model.columnCount(), int(CaseFileTableModel::ColumnCount));

        // Default order: newest start first.
        QCOMPARE(column(model, CaseFileTableModel::ProtocolColumn),
                 QStringList({u"P-007"_s, u"P-005"_s, u"P-006"_s, u"P-004"_s, u"P-003"_s, u"P-002"_s, u"P-001"_s}));
        const int p001 = 6;
        QCOMPARE(model.data(model.index(p001, CaseFileTableModel::AuthorityColumn)).toString(), u"Agnadello"_s);
        QCOMPARE(model.data(model.index(p001, CaseFileTableModel::ProcedureColumn)).toString(), u"PDC"_s);
        QCOMPARE(model.data(model.index(p001, CaseFileTableModel::ElapsedColumn), CaseFileTableModel::ElapsedDaysRole).toInt(), 50);
        QCOMPARE(model.data(model.index(p001, CaseFileTableModel::ElapsedColumn), CaseFileTableModel::LegalTermRole).toInt(), 90);
        QCOMPARE(model.data(model.index(p001, CaseFileTableModel::ElapsedColumn)).toString(), u"50 of 90 days"_s);
        QCOMPARE(model.data(model.index(p001, CaseFileTableModel::OutcomeColumn)).toString(), u"Express decision"_s);
        QVERIFY(!model.data(model.index(p001, 0), CaseFileTableModel::OverdueRole).toBool());
        QVERIFY(!model.data(model.index(p001, 0), Qt::BackgroundRole).isValid());

        // P-002: PDC open since 2021-03-01, 730 days on 2023-03-01 against 90: overdue.
        const int p002 = 5;
        QCOMPARE(model.data(model.index(p002, CaseFileTableModel::ElapsedColumn), CaseFileTableModel::ElapsedDaysRole).toInt(), 730);
        QVERIFY(model.data(model.index(p002, 0), CaseFileTableModel::OverdueRole).toBool());
        QVERIFY(model.data(model.index(p002, 0), Qt::BackgroundRole).isValid());
        QCOMPARE(model.data(model.index(p002, CaseFileTableModel::EndColumn)).toString(), QString());
        QVERIFY(model.data(model.index(p002, CaseFileTableModel::ElapsedColumn), Qt::AccessibleTextRole)
                    .toString().contains(u"overdue"_s));
        // P-007 is open and suspended.
        QCOMPARE(model.data(model.index(0, CaseFileTableModel::OutcomeColumn)).toString(), u"Open, suspended"_s);
        QCOMPARE(model.data(model.index(1, CaseFileTableModel::OutcomeColumn)).toString(), u"Open"_s);
        QCOMPARE(model.headerData(CaseFileTableModel::ProtocolColumn, Qt::Horizontal, Qt::DisplayRole).toString(), u"Protocol no."_s);
    }

    void dueSoon()
    {
        pass::test::UiFixture fixture;
        QVERIFY(fixture.addHandMadeCases());
        CaseFileTableModel model(fixture.workspace());
        CaseFileFilter filter;
        filter.dueWithinDays = 7;
        model.setFilter(filter);
        // P-007 (PAS, 30 days) started 2023-01-01: 24 days on the 25th, its term ends in 6 days.
        model.setToday(QDate(2023, 1, 25));
        QCOMPARE(model.data(model.index(0, CaseFileTableModel::ProtocolColumn)).toString(), u"P-007"_s);
        QVERIFY(model.data(model.index(0, 0), CaseFileTableModel::DueSoonRole).toBool());
        QVERIFY(!model.data(model.index(0, 0), CaseFileTableModel::OverdueRole).toBool());
        // On the 20th 11 days are left: not within 7, but within 30.
        model.setToday(QDate(2023, 1, 20));
        QVERIFY(!model.data(model.index(0, 0), CaseFileTableModel::DueSoonRole).toBool());
        filter.dueWithinDays = 30;
        model.setFilter(filter);
        QVERIFY(model.data(model.index(0, 0), CaseFileTableModel::DueSoonRole).toBool());
    }

    // The marking and the filter are one rule: on any day and for any N, the rows marked due
    // soon (or overdue) in the whole list are exactly the rows the state filter shows.
    void markingAgreesWithTheStateFilter_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("days");
        for (const QDate d : {QDate(2022, 3, 15), QDate(2023, 1, 25), QDate(2024, 9, 30)}) {
            for (const int n : {0, 30, 90})
                QTest::addRow("%s within %d", qPrintable(d.toString(Qt::ISODate)), n) << d << n;
        }
    }

    void markingAgreesWithTheStateFilter()
    {
        QFETCH(QDate, today);
        QFETCH(int, days);
        pass::test::UiFixture fixture;
        QVERIFY(fixture.addHandMadeCases());
        QVERIFY(fixture.addManyCases(300));
        CaseFileTableModel model(fixture.workspace());
        model.setToday(today);
        for (const auto &[state, role] : {std::pair{CaseFileState::DueSoon, int(CaseFileTableModel::DueSoonRole)},
                                          std::pair{CaseFileState::Overdue, int(CaseFileTableModel::OverdueRole)}}) {
            CaseFileFilter all;
            all.dueWithinDays = days;
            model.setFilter(all);
            QSet<QString> marked;
            for (int row = 0; row < model.rowCount(); ++row) {
                if (model.data(model.index(row, 0), role).toBool())
                    marked.insert(model.data(model.index(row, 0), CaseFileTableModel::CaseIdRole).toString());
            }
            CaseFileFilter only = all;
            only.state = state;
            model.setFilter(only);
            QSet<QString> shown;
            for (int row = 0; row < model.rowCount(); ++row) {
                shown.insert(model.data(model.index(row, 0), CaseFileTableModel::CaseIdRole).toString());
                QVERIFY(model.data(model.index(row, 0), role).toBool());
            }
            QCOMPARE(shown, marked);
            // Mid-2022 the fixture's weekly starts put PAS cases (30 days) both past and near their term.
            if (today == QDate(2022, 3, 15) && days >= 30)
                QVERIFY(!marked.isEmpty());
        }
    }

    void sorting()
    {
        pass::test::UiFixture fixture;
        QVERIFY(fixture.addHandMadeCases());
        CaseFileTableModel model(fixture.workspace());
        model.sort(CaseFileTableModel::AuthorityColumn, Qt::AscendingOrder);
        QCOMPARE(column(model, CaseFileTableModel::ProtocolColumn),
                 QStringList({u"P-001"_s, u"P-002"_s, u"P-003"_s, u"P-007"_s, u"P-004"_s, u"P-005"_s, u"P-006"_s}));
        model.sort(CaseFileTableModel::ProcedureColumn, Qt::AscendingOrder);
        QCOMPARE(column(model, CaseFileTableModel::ProtocolColumn),
                 QStringList({u"P-004"_s, u"P-005"_s, u"P-007"_s, u"P-001"_s, u"P-002"_s, u"P-003"_s, u"P-006"_s}));
        model.sort(CaseFileTableModel::StartColumn, Qt::AscendingOrder);
        QCOMPARE(column(model, CaseFileTableModel::ProtocolColumn),
                 QStringList({u"P-001"_s, u"P-002"_s, u"P-003"_s, u"P-004"_s, u"P-006"_s, u"P-005"_s, u"P-007"_s}));
        // Columns without an index keep the current order.
        model.sort(CaseFileTableModel::OutcomeColumn, Qt::DescendingOrder);
        QCOMPARE(model.sortColumn(), int(CaseFileTableModel::StartColumn));
        QCOMPARE(model.sortOrder(), Qt::AscendingOrder);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("authority");
        QTest::addColumn<QStringList>("procedures");
        QTest::addColumn<bool>("overdue");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QStringList>("expected"); // in start-date descending order

        const QDate march(2023, 3, 1);
        QTest::newRow("none") << QString() << QStringList() << false << march
                              << QStringList({u"P-007"_s, u"P-005"_s, u"P-006"_s, u"P-004"_s, u"P-003"_s, u"P-002"_s, u"P-001"_s});
        QTest::newRow("authority Annicco") << u"019003"_s << QStringList() << false << march
                                           << QStringList({u"P-005"_s, u"P-006"_s, u"P-004"_s});
        QTest::newRow("procedure PDC") << QString() << QStringList({u"PDC"_s}) << false << march
                                       << QStringList({u"P-006"_s, u"P-003"_s, u"P-002"_s, u"P-001"_s});
        QTest::newRow("task force renewables") << QString() << QStringList({u"PAUR-FER"_s, u"AU-FER"_s, u"PAS"_s})
                                               << false << march << QStringList({u"P-007"_s, u"P-005"_s, u"P-004"_s});
        QTest::newRow("open overdue, March") << QString() << QStringList() << true << march
                                             << QStringList({u"P-007"_s, u"P-005"_s, u"P-002"_s});
        // On 20 January P-007 has run 19 of its 30 days; P-005 41 of 30.
        QTest::newRow("open overdue, January") << QString() << QStringList() << true << QDate(2023, 1, 20)
                                               << QStringList({u"P-005"_s, u"P-002"_s});
        // The term is exceeded, not reached: P-005 started 2022-12-10 is at exactly 30 days on 9 January.
        QTest::newRow("term reached exactly") << QString() << QStringList({u"PAS"_s}) << true << QDate(2023, 1, 9)
                                              << QStringList();
        QTest::newRow("term exceeded by a day") << QString() << QStringList({u"PAS"_s}) << true << QDate(2023, 1, 10)
                                                << QStringList({u"P-005"_s});
        QTest::newRow("authority and overdue") << u"019002"_s << QStringList() << true << march
                                               << QStringList({u"P-007"_s, u"P-002"_s});
    }

    void filters()
    {
        QFETCH(QString, authority);
        QFETCH(QStringList, procedures);
        QFETCH(bool, overdue);
        QFETCH(QDate, today);
        QFETCH(QStringList, expected);
        pass::test::UiFixture fixture;
        QVERIFY(fixture.addHandMadeCases());
        CaseFileTableModel model(fixture.workspace());
        model.setToday(today);
        QSignalSpy counts(&model, &CaseFileTableModel::countsChanged);
        pass::CaseFileFilter filter;
        filter.authorityIstat = authority;
        filter.procedureCodes = procedures;
        filter.openOverdueOnly = overdue;
        model.setFilter(filter);
        QCOMPARE(column(model, CaseFileTableModel::ProtocolColumn), expected);
        QCOMPARE(counts.size(), 1);
        QCOMPARE(counts.first().at(0).toLongLong(), qint64(expected.size()));
        QCOMPARE(counts.first().at(1).toLongLong(), qint64(7));
        if (overdue) {
            for (int row = 0; row < model.rowCount(); ++row)
                QVERIFY(model.data(model.index(row, 0), CaseFileTableModel::OverdueRole).toBool());
        }
    }

    // Pages are read by keyset from a neighbour or by offset for jumps; whichever way a row is
    // reached, it must be the row the full ORDER BY puts there, and the cache stays bounded.
    void fetchWindows_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QString>("orderBy");
        QTest::newRow("start desc") << int(CaseFileTableModel::StartColumn) << Qt::DescendingOrder
                                    << u"start_date DESC, rowid DESC"_s;
        QTest::newRow("start asc") << int(CaseFileTableModel::StartColumn) << Qt::AscendingOrder
                                   << u"start_date, rowid"_s;
        QTest::newRow("authority asc") << int(CaseFileTableModel::AuthorityColumn) << Qt::AscendingOrder
                                       << u"authority_istat, protocol_number, rowid"_s;
        QTest::newRow("procedure desc") << int(CaseFileTableModel::ProcedureColumn) << Qt::DescendingOrder
                                        << u"procedure_code DESC, start_date DESC, rowid DESC"_s;
    }

    void fetchWindows()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QString, orderBy);
        const int n = kMany;
        pass::test::UiFixture &fixture = *m_many;
        CaseFileTableModel model(fixture.workspace());
        model.sort(column, order);
        if (column == CaseFileTableModel::StartColumn && order == Qt::DescendingOrder)
            model.sort(column, order); // the default order: make sure a no-op sort is harmless
        QCOMPARE(model.rowCount(), n);

        QStringList expected;
        QSqlQuery q(fixture.database().connection());
        QVERIFY(q.exec(u"SELECT protocol_number FROM case_files ORDER BY "_s + orderBy));
        while (q.next())
            expected << q.value(0).toString();
        QCOMPARE(expected.size(), n);

        auto protocolAt = [&](int row) {
            return model.data(model.index(row, CaseFileTableModel::ProtocolColumn)).toString();
        };
        // Forward (keyset after), a jump to the end (offset), backwards (keyset before), random.
        for (int row = 0; row < n; ++row)
            QCOMPARE(protocolAt(row), expected.at(row));
        QVERIFY(model.cachedPageCount() <= CaseFileTableModel::maxCachedPages());
        model.refresh();
        for (int row = n - 1; row >= 0; --row)
            QCOMPARE(protocolAt(row), expected.at(row));
        model.refresh();
        std::mt19937 random(42);
        for (int i = 0; i < 1000; ++i) {
            const int row = int(random() % n);
            QCOMPARE(protocolAt(row), expected.at(row));
        }
        QVERIFY(model.cachedPageCount() <= CaseFileTableModel::maxCachedPages());
        QVERIFY(!model.data(model.index(n, 0)).isValid());
    }

    // Nobody calls refresh(): an edit through the workspace, or a write by another thread's
    // connection, reaches the model through Workspace::changed().
    void refreshesItselfOnCommittedChanges()
    {
        pass::test::UiFixture fixture;
        QVERIFY(fixture.addHandMadeCases());
        pass::Workspace *workspace = fixture.workspace();
        CaseFileTableModel model(workspace);
        QCOMPARE(model.rowCount(), 7);
        QSignalSpy changed(workspace, &pass::Workspace::changed);

        pass::CaseFile c;
        c.authorityIstat = u"019002"_s;
        c.procedureCode = u"PDC"_s;
        c.protocolNumber = u"P-NEW"_s;
        c.startDate = QDate(2024, 2, 1);
        QString error;
        QVERIFY2(workspace->saveCaseFile(&c, &error), qPrintable(error));
        QTRY_COMPARE(model.rowCount(), 8);
        QVERIFY(changed.last().at(0).value<pass::ChangeSet>().contains(pass::ChangeSet::Entity::CaseFile, c.id));

        // An edit that keeps the row count is re-read in place.
        c.protocolNumber = u"P-NEW-2"_s;
        QVERIFY2(workspace->saveCaseFile(&c, &error), qPrintable(error));
        QTRY_VERIFY(column(model, CaseFileTableModel::ProtocolColumn).contains(u"P-NEW-2"_s));

        // A write on a worker thread (as a sync or an import does) is announced in this thread.
        QThread *worker = QThread::create([&fixture, id = c.id] {
            QString e;
            QVERIFY(pass::CaseFileStore(fixture.database().connection()).remove(id, pass::EditContext::local(), &e));
            fixture.database().releaseConnection();
        });
        worker->start();
        QVERIFY(worker->wait(20000));
        delete worker;
        QTRY_COMPARE(model.rowCount(), 7);
        QVERIFY(changed.last().at(0).value<pass::ChangeSet>().hasRemovals(pass::ChangeSet::Entity::CaseFile));
    }

    // A filter whose first page is full shows that page at once and learns its length from a
    // count on a worker thread. The count of an earlier filter arrives too, and is dropped: the
    // rows it would have made never show. The first page stays put when the count adds the
    // rest, and so does the selection on it.
    void countArrivesFromTheWorkerAndAStaleCountIsDropped()
    {
        pass::test::UiFixture fixture;
        QVERIFY(fixture.addManyCases(1500, 5));
        const auto sqlCount = [&](const QString &where) {
            QSqlQuery q(fixture.database().connection());
            return q.exec(u"SELECT count(*) FROM case_files WHERE "_s + where) && q.next() ? q.value(0).toLongLong() : -1;
        };
        const qint64 open = sqlCount(u"outcome IS NULL"_s);
        const qint64 pdc = sqlCount(u"procedure_code = 'PDC'"_s);
        const int page = CaseFileTableModel::pageSize();
        QVERIFY2(open > page && pdc > page && open != pdc, qPrintable(u"open %1, PDC %2"_s.arg(open).arg(pdc)));

        // The fixture's writes are announced once the workspace exists: let that refresh pass
        // first, so that the only counts are the ones this test asks for.
        QSignalSpy settled(fixture.workspace(), &pass::Workspace::changed);
        QVERIFY(settled.wait(60000));
        CaseFileTableModel model(fixture.workspace());
        QItemSelectionModel selection(&model);
        struct Answer { qint64 matching; int rows; bool counting; };
        QList<Answer> answers;
        // Connected after the model's own slot, so it sees what the model made of each answer.
        connect(model.counter(), &pass::CaseFileCounter::counted, this, [&](quint64, qint64 matching) {
            answers << Answer{matching, model.rowCount(), model.isCounting()};
        });
        QSignalSpy counts(&model, &CaseFileTableModel::countsChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        CaseFileFilter openOnly;
        openOnly.state = CaseFileState::Open;
        model.setFilter(openOnly);
        QVERIFY(model.isCounting());
        CaseFileFilter pdcOnly;
        pdcOnly.procedureCodes = {u"PDC"_s};
        model.setFilter(pdcOnly); // the open count is under way: its answer will be stale
        QCOMPARE(model.rowCount(), page);
        QVERIFY(model.isCounting());
        QCOMPARE(counts.size(), 2);
        QCOMPARE(counts.last().at(0).toLongLong(), qint64(-1)); // still counting
        QCOMPARE(counts.last().at(1).toLongLong(), qint64(1500));
        const QModelIndex chosen = model.index(3, CaseFileTableModel::ProtocolColumn);
        const QString chosenProtocol = chosen.data().toString();
        selection.setCurrentIndex(chosen, QItemSelectionModel::SelectCurrent | QItemSelectionModel::Rows);

        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 2, 60000);
        // The stale count arrived first and changed nothing.
        QCOMPARE(answers.at(0).matching, open);
        QCOMPARE(answers.at(0).rows, page);
        QVERIFY(answers.at(0).counting);
        // The current filter's count gave the list its length.
        QCOMPARE(answers.at(1).matching, pdc);
        QCOMPARE(answers.at(1).rows, int(pdc));
        QVERIFY(!answers.at(1).counting);
        QCOMPARE(model.rowCount(), int(pdc));
        for (const QList<QVariant> &c : std::as_const(counts))
            QVERIFY(c.at(0).toLongLong() != open);
        QCOMPARE(counts.last().at(0).toLongLong(), pdc);
        // One insertion after the first page; no reset since the PDC filter was set.
        QCOMPARE(reset.size(), 2);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), page);
        QCOMPARE(inserted.first().at(2).toInt(), int(pdc) - 1);
        QCOMPARE(selection.currentIndex().row(), 3);
        QCOMPARE(selection.currentIndex().data().toString(), chosenProtocol);
        // The rows after the first page are the filter's, down to the last.
        QSqlQuery last(fixture.database().connection());
        QVERIFY(last.exec(u"SELECT protocol_number FROM case_files WHERE procedure_code = 'PDC' "
                          "ORDER BY start_date, rowid LIMIT 1"_s) && last.next());
        QCOMPARE(model.index(int(pdc) - 1, CaseFileTableModel::ProtocolColumn).data().toString(), last.value(0).toString());
    }

    // A change committed while a long filtered list is shown is counted again on the worker: the
    // rows are re-read at once, the new length arrives with the count.
    void refreshOfALongFilteredListCountsOnTheWorker()
    {
        pass::test::UiFixture fixture;
        QVERIFY(fixture.addManyCases(1500, 5));
        pass::Workspace *workspace = fixture.workspace();
        QSignalSpy settled(workspace, &pass::Workspace::changed);
        QVERIFY(settled.wait(60000)); // the fixture's writes, announced
        CaseFileTableModel model(workspace);
        CaseFileFilter openOnly;
        openOnly.state = CaseFileState::Open;
        model.setFilter(openOnly);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isCounting(), 60000);
        const int before = model.rowCount();
        QVERIFY(before > CaseFileTableModel::pageSize());
        QSignalSpy counts(&model, &CaseFileTableModel::countsChanged);

        pass::CaseFile c;
        c.authorityIstat = u"019002"_s;
        c.procedureCode = u"PDC"_s;
        c.protocolNumber = u"P-NEW"_s;
        c.startDate = QDate(2030, 1, 1); // the newest: the first row
        QString error;
        QVERIFY2(workspace->saveCaseFile(&c, &error), qPrintable(error));
        QVERIFY(counts.wait(60000));
        QCOMPARE(counts.last().at(0).toLongLong(), qint64(before + 1));
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(model.index(0, CaseFileTableModel::ProtocolColumn).data().toString(), u"P-NEW"_s);
    }

    void boundedCache()
    {
        const int n = kMany;
        CaseFileTableModel model(m_many->workspace());
        for (int row = 0; row < n; row += CaseFileTableModel::pageSize() / 2)
            QVERIFY(model.data(model.index(row, 0)).isValid());
        QCOMPARE(model.cachedPageCount(), CaseFileTableModel::maxCachedPages());
    }
};

QTEST_MAIN(TestCaseFileTableModel)
#include "tst_casefiletablemodel.moc"
