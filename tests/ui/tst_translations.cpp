// The Italian catalogue is the default user interface: every message in it must be translated,
// keep the source's placeholders and mnemonics, and none may be left over from removed code.
// (Run the update_translations target after changing user-visible strings.)
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    struct Message
    {
        QString context, source;
        QStringList translations; // one, or the plural forms
        QString type;             // unfinished, vanished, obsolete or empty
    };

    static QList<Message> read(const QString &path)
    {
        QList<Message> messages;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return messages;
        QXmlStreamReader xml(&file);
        QString context;
        Message current;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"name")
                context = xml.readElementText();
            else if (xml.name() == u"message")
                current = Message{context, {}, {}, {}};
            else if (xml.name() == u"source")
                current.source = xml.readElementText();
            else if (xml.name() == u"translation") {
                current.type = xml.attributes().value(u"type"_s).toString();
                QString text;
                while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isStartElement() && xml.name() == u"numerusform")
                        current.translations << xml.readElementText();
                    else if (xml.isCharacters())
                        text += xml.text();
                }
                if (current.translations.isEmpty())
                    current.translations << text;
                messages << current;
            }
        }
        return messages;
    }

    static QSet<QString> placeholders(const QString &text)
    {
        static const QRegularExpression re(u"%(\\d+|n)"_s);
        QSet<QString> found;
        for (auto it = re.globalMatch(text); it.hasNext();)
            found << it.next().captured(0);
        return found;
    }

private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("it") << QStringLiteral(PASS_SOURCE_DIR "/translations/pass_it.ts");
        QTest::newRow("en") << QStringLiteral(PASS_SOURCE_DIR "/translations/pass_en.ts");
    }

    void complete()
    {
        QFETCH(QString, file);
        const QList<Message> messages = read(file);
        QVERIFY2(messages.size() > 100, qPrintable(file));
        for (const Message &m : messages) {
            const QString where = m.context + u": "_s + m.source;
            QVERIFY2(m.type.isEmpty(), qPrintable(m.type + u" — "_s + where));
            for (const QString &t : m.translations) {
                QVERIFY2(!t.trimmed().isEmpty(), qPrintable(u"empty — "_s + where));
                QSet<QString> expected = placeholders(m.source);
                // A singular form may say "un giorno" instead of "%n giorni".
                if (m.translations.size() > 1)
                    expected.remove(u"%n"_s);
                QVERIFY2(placeholders(t).contains(expected), qPrintable(u"placeholders — "_s + where));
                if (m.source.contains(QRegularExpression(u"&[^ &]"_s)))
                    QVERIFY2(t.contains(QRegularExpression(u"&[^ &]"_s)), qPrintable(u"mnemonic — "_s + where));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
