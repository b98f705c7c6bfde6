#include "core/sync/backoff.h"
#include "core/sync/fieldmerge.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pass;

class TestFieldMerge : public QObject
{
    Q_OBJECT
private slots:
    void disjointFieldsMerge()
    {
        const QJsonObject base{{u"a"_s, 1}, {u"b"_s, 1}, {u"c"_s, 1}};
        const FieldMerge m = FieldMerge::merge(base, {{u"a"_s, 2}, {u"b"_s, 1}, {u"c"_s, 1}},
                                               {{u"a"_s, 1}, {u"b"_s, 3}, {u"c"_s, 1}});
        QVERIFY(m.conflicts.isEmpty());
        QCOMPARE(m.merged, (QJsonObject{{u"a"_s, 2}, {u"b"_s, 3}, {u"c"_s, 1}}));
        QCOMPARE(m.mineChanged, QStringList{u"a"_s});
        QCOMPARE(m.theirsChanged, QStringList{u"b"_s});
    }
    void sameChangeOnBothSidesIsNoConflict()
    {
        const FieldMerge m = FieldMerge::merge({{u"a"_s, 1}}, {{u"a"_s, 5}}, {{u"a"_s, 5}});
        QVERIFY(m.conflicts.isEmpty());
        QCOMPARE(m.merged.value(u"a").toInt(), 5);
    }
    void clashKeepsMineAndReportsIt()
    {
        const FieldMerge m = FieldMerge::merge({{u"a"_s, 1}, {u"n"_s, u"x"_s}}, {{u"a"_s, 2}, {u"n"_s, u"x"_s}},
                                               {{u"a"_s, 3}, {u"n"_s, u"y"_s}});
        QCOMPARE(m.conflicts, QStringList{u"a"_s});
        QCOMPARE(m.merged.value(u"a").toInt(), 2);
        QCOMPARE(m.merged.value(u"n").toString(), u"y"_s);
    }
    void missingBaseTreatsEverythingAsChanged()
    {
        const FieldMerge m = FieldMerge::merge({}, {{u"a"_s, 2}}, {{u"a"_s, 3}});
        QCOMPARE(m.conflicts, QStringList{u"a"_s});
    }
    void backoffIsCappedFullJitterAndHonoursRetryAfter()
    {
        Backoff b(500, 8000, 7);
        for (int attempt = 0; attempt < 12; ++attempt) {
            const qint64 ceiling = std::min<qint64>(8000, 500LL << attempt);
            for (int i = 0; i < 50; ++i) {
                const qint64 d = b.delayMs(attempt);
                QVERIFY(d >= 0 && d <= ceiling);
            }
        }
        for (int i = 0; i < 50; ++i)
            QVERIFY(b.delayMs(3, 30'000) >= 30'000);
        // Full jitter spreads: not every delay is the ceiling.
        QSet<qint64> seen;
        for (int i = 0; i < 50; ++i)
            seen.insert(b.delayMs(5));
        QVERIFY(seen.size() > 10);
    }
};

QTEST_GUILESS_MAIN(TestFieldMerge)
#include "tst_fieldmerge.moc"
