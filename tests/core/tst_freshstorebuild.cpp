// A new store built aside: invisible until finished, gone without a trace when abandoned,
// never built over an existing store, and a normal store afterwards.
#include "core/store/database.h"
#include "core/store/freshstorebuild.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pass;

class TestFreshStoreBuild : public QObject
{
    Q_OBJECT

private slots:
    void appearsOnlyWhenFinished();
    void abandonedBuildLeavesNothing();
    void refusesToBuildOverAStore();
};

static QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

void TestFreshStoreBuild::appearsOnlyWhenFinished()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"built.db"_s);
    QString error;
    {
        FreshStoreBuild build(path);
        QVERIFY2(build.open(&error), qPrintable(error));
        {
            QSqlDatabase c = build.database().connection();
            QCOMPARE(scalar(c, u"PRAGMA journal_mode"_s).toString(), u"off"_s);
            QVERIFY(QSqlQuery(c).exec(u"INSERT INTO case_files (id, authority_istat, procedure_code, protocol_number, "
                                  "start_date, updated_at) VALUES ('a', '019035', 'PDC-LOM', '1', '2024-01-01', 'now')"_s));
        }
        QVERIFY(!QFile::exists(path));
        QVERIFY(QFile::exists(build.temporaryPath()));
        QVERIFY2(build.finish(&error), qPrintable(error));
        QVERIFY(!QFile::exists(build.temporaryPath()));
    }
    QVERIFY(QFile::exists(path));
    QVERIFY(!QFile::exists(path + u"-wal"_s) || QFile(path + u"-wal"_s).size() == 0);
    Database db(path);
    QVERIFY2(db.open(), qPrintable(db.errorString()));
    QSqlDatabase c = db.connection();
    QCOMPARE(scalar(c, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(scalar(c, u"PRAGMA page_size"_s).toInt(), 16384);
    QCOMPARE(scalar(c, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    QCOMPARE(scalar(c, u"SELECT count(*) FROM case_files"_s).toInt(), 1);
    QCOMPARE(scalar(c, u"SELECT count(*) FROM authorities"_s).toInt(), 1514);
}

void TestFreshStoreBuild::abandonedBuildLeavesNothing()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"abandoned.db"_s);
    QString temporary;
    {
        FreshStoreBuild build(path);
        QString error;
        QVERIFY2(build.open(&error), qPrintable(error));
        temporary = build.temporaryPath();
        QVERIFY(QFile::exists(temporary));
    } // a failed or cancelled build ends here
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(temporary));
}

void TestFreshStoreBuild::refusesToBuildOverAStore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"existing.db"_s);
    {
        Database db(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db.connection()).exec(u"INSERT INTO meta (key, value) VALUES ('mine', 'keep')"_s));
    }
    FreshStoreBuild build(path);
    QString error;
    QVERIFY(!build.open(&error));
    QVERIFY2(error.contains(path), qPrintable(error));
    Database db(path);
    QVERIFY(db.open());
    QCOMPARE(scalar(db.connection(), u"SELECT value FROM meta WHERE key = 'mine'"_s).toString(), u"keep"_s);
}

QTEST_GUILESS_MAIN(TestFreshStoreBuild)
#include "tst_freshstorebuild.moc"
