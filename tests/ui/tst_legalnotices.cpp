// The licence and the third-party notices that the about box links are in pass_ui's resources,
// and name what the packages link.
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLegalNotices : public QObject
{
    Q_OBJECT

private:
    static QString read(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }

private slots:
    void licenceIsTheEupl()
    {
        const QString text = read(u":/pass/legal/LICENSE.txt"_s);
        QVERIFY2(!text.isEmpty(), ":/pass/legal/LICENSE.txt is missing");
        QVERIFY(text.contains(u"EUROPEAN UNION PUBLIC LICENCE v. 1.2"));
        QVERIFY(text.contains(u"'Compatible Licences' according to Article 5 EUPL are:"));
    }

    void noticesNameEveryLinkedComponent_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"Qt Charts", "Qt HttpServer", "QtKeychain", "QuaZip", "SQLite",
                                 "OpenSSL", "zlib", "libxlsxwriter", "ISTAT", "CC BY 4.0"})
            QTest::newRow(name) << QString::fromUtf8(name);
    }

    void noticesNameEveryLinkedComponent()
    {
        QFETCH(QString, name);
        const QString notices = read(u":/pass/legal/third-party-notices.txt"_s);
        QVERIFY2(!notices.isEmpty(), ":/pass/legal/third-party-notices.txt is missing");
        QVERIFY2(notices.contains(name), qPrintable(u"the notices do not name "_s + name));
    }

    void licenceTextsTheNoticesReferTo_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("title");
        QTest::newRow("GPL-3.0") << u"GPL-3.0.txt"_s << u"GNU GENERAL PUBLIC LICENSE"_s;
        QTest::newRow("LGPL-3.0") << u"LGPL-3.0.txt"_s << u"GNU LESSER GENERAL PUBLIC LICENSE"_s;
        QTest::newRow("LGPL-2.1") << u"LGPL-2.1.txt"_s << u"GNU LESSER GENERAL PUBLIC LICENSE"_s;
        QTest::newRow("Apache-2.0") << u"Apache-2.0.txt"_s << u"Apache License"_s;
    }

    void licenceTextsTheNoticesReferTo()
    {
        QFETCH(QString, file);
        QFETCH(QString, title);
        QVERIFY(read(u":/pass/legal/third-party-notices.txt"_s).contains(u"licenses/"_s + file));
        QVERIFY2(read(u":/pass/legal/licenses/"_s + file).contains(title), qPrintable(file));
    }
};

QTEST_GUILESS_MAIN(TestLegalNotices)
#include "tst_legalnotices.moc"
