// A request's documents panel over a real store and workspace: a file added through the (test's)
// file dialog shows at once as waiting to upload; a refused file is named in the message; a
// document opens in the desktop's viewer and is saved as a byte-for-byte copy; one known from the
// portal but not downloaded cannot be opened and says why; someone who may not attach sees the
// rule's words. With PASS_SCREENSHOT_DIR set it saves a request's detail with its documents at
// 1440x900, in Italian.
#include "uifixture.h"

#include "ui/common/language.h"
#include "ui/requests/documentspanel.h"
#include "ui/requests/requestdetailwidget.h"

#include "core/demo/demogenerator.h"
#include <QSqlQuery>

#include "core/demo/demopdf.h"
#include "core/requests/accountidentity.h"
#include "core/requests/requestservice.h"
#include "core/store/documentstore.h"
#include "core/store/transaction.h"

#include <QApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace pass;

namespace {

const WorkflowActor kAnna{u"anna"_s, UserRole::Authority, {u"019035"_s}};
const WorkflowActor kBruno{u"bruno"_s, UserRole::Authority, {u"019036"_s}};

QString writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestDocumentsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(QCoreApplication::instance(), u"en"_s); }

    void addsOpensAndSavesDocuments()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.isValid());
        Workspace *workspace = fixture.workspace();
        QSqlDatabase db = workspace->store().connection();
        QString error;
        QVERIFY2(AccountIdentity::save(db, kAnna, &error), qPrintable(error));
        RequestService anna(db, kAnna);
        SupportRequest r;
        r.authorityIstat = u"019035"_s;
        r.taskForceCode = u"EDILIZIA_URBANISTICA"_s;
        r.subject = u"Arretrato PdC"_s;
        QVERIFY(anna.create(&r, false));

        DocumentsPanel panel(workspace);
        panel.showRequest(r.id);
        QVERIFY(panel.list()->isHidden());
        QVERIFY(panel.addButton()->isEnabled());
        QVERIFY(!panel.openButton()->isEnabled());

        QTemporaryDir files;
        const QByteArray pdf = simplePdf(u"Elenco pratiche"_s, {u"PdC 12/2024"_s});
        const QString pdfPath = writeFile(files.filePath(u"Elenco pratiche.pdf"_s), pdf);
        QString chosen = pdfPath;
        panel.chooseFileToAttach = [&chosen](QWidget *) { return chosen; };
        QTest::mouseClick(panel.addButton(), Qt::LeftButton);
        QCOMPARE(panel.list()->topLevelItemCount(), 1);
        QTreeWidgetItem *item = panel.list()->topLevelItem(0);
        QCOMPARE(item->text(0), u"Elenco pratiche.pdf"_s);
        QCOMPARE(item->text(1), u"PDF"_s);
        QCOMPARE(item->text(3), u"Waiting to upload"_s);
        QVERIFY(item->text(4).startsWith(u"anna"_s));
        QVERIFY(panel.message()->text().contains(u"sent to the portal at the next sync"_s));

        // A file a request cannot carry: nothing added, the message names it.
        QSignalSpy failed(&panel, &DocumentsPanel::failed);
        chosen = writeFile(files.filePath(u"setup.exe"_s), "MZ\x90");
        QTest::mouseClick(panel.addButton(), Qt::LeftButton);
        QCOMPARE(failed.size(), 1);
        QVERIFY2(panel.message()->text().startsWith(u"setup.exe: this kind of file cannot be attached"_s),
                 qPrintable(panel.message()->text()));
        QCOMPARE(panel.list()->topLevelItemCount(), 1);

        // Open with the keyboard (Enter on the row), then save a copy.
        QUrl opened;
        panel.openUrl = [&opened](const QUrl &url) {
            opened = url;
            return true;
        };
        panel.list()->setFocus();
        panel.list()->setCurrentItem(panel.list()->topLevelItem(0));
        QVERIFY(panel.openButton()->isEnabled());
        QTest::keyClick(panel.list(), Qt::Key_Return);
        QVERIFY(opened.isLocalFile());
        QCOMPARE(readFile(opened.toLocalFile()), pdf);
        const QString copy = files.filePath(u"copia.pdf"_s);
        panel.chooseCopyPath = [&copy](QWidget *, const QString &) { return copy; };
        QTest::mouseClick(panel.saveButton(), Qt::LeftButton);
        QCOMPARE(readFile(copy), pdf);

        // A document the portal brought whose bytes have not come yet: listed, not openable.
        QSignalSpy changed(workspace, &Workspace::changed);
        {
            Transaction tx(db);
            QVERIFY(tx.begin(&error));
            RequestDocument pulled;
            pulled.id = u"0b7d2c1e-3f4a-4b5c-8d6e-7f8091a2b3c4"_s;
            pulled.requestId = r.id;
            pulled.fileName = u"Relazione visita.pdf"_s;
            pulled.mediaType = u"application/pdf"_s;
            pulled.size = 2048;
            pulled.sha256 = QString(64, u'c');
            pulled.addedBy = u"marco"_s;
            pulled.addedAt = u"2026-11-12T15:00:00Z"_s;
            pulled.version = 2;
            QVERIFY(DocumentStore(db).saveInTransaction(&pulled, EditContext{EditOrigin::Sync, u"portal"_s}, &error));
            QVERIFY(tx.commit(&error));
        }
        QVERIFY(changed.wait());
        QCOMPARE(panel.list()->topLevelItemCount(), 2);
        QTreeWidgetItem *waiting = panel.list()->findItems(u"Relazione visita.pdf"_s, Qt::MatchExactly).value(0);
        QVERIFY(waiting);
        QCOMPARE(waiting->text(3), u"On the portal, not downloaded yet"_s);
        panel.list()->setCurrentItem(waiting);
        QVERIFY(!panel.openButton()->isEnabled());
        QCOMPARE(panel.openButton()->toolTip(), u"Its content comes with the next sync"_s);

        // Someone of another authority may not attach: the button says why.
        QVERIFY(AccountIdentity::save(db, kBruno, &error));
        panel.refresh();
        QVERIFY(!panel.addButton()->isEnabled());
        QCOMPARE(panel.addButton()->toolTip(), u"only someone who can read the request can add documents to it"_s);
    }

    // The demo's documents in a request's detail, for docs/screenshots/request-documents.png.
    void screenshotOfARequestWithDocuments()
    {
        // Into PASS_SCREENSHOT_DIR when it is set (docs/screenshots), else a temporary folder:
        // the pictures are taken on every run, so a view that cannot be shown fails here.
        QTemporaryDir tmp;
        const QString dir = qEnvironmentVariable("PASS_SCREENSHOT_DIR", tmp.path());
        QVERIFY(QDir().mkpath(dir));
        installTranslations(QCoreApplication::instance(), u"it"_s);
        test::UiFixture fixture;
        Workspace *workspace = fixture.workspace();
        QSqlDatabase db = workspace->store().connection();
        DemoGenerator generator(db);
        DemoGenerator::Options options;
        options.cases = 500;
        QString error;
        QVERIFY2(generator.run(options, {}, &error), qPrintable(error));
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT r.id, r.authority_istat, r.assigned_experts FROM support_requests r "
                       "JOIN request_documents d ON d.request_id = r.id WHERE r.status = 'in_progress' LIMIT 1"_s)
                && q.next());
        const QString id = q.value(0).toString();
        const WorkflowActor expert{QJsonDocument::fromJson(q.value(2).toByteArray()).array().at(0).toString(),
                                   UserRole::Expert, {q.value(1).toString()}};
        QVERIFY(AccountIdentity::save(db, expert, &error));
        // The expert's report of the last visit, added here and waiting for the next sync.
        QTemporaryDir files;
        const QString report = writeFile(files.filePath(u"Relazione visita.pdf"_s),
                                         simplePdf(u"Relazione della visita"_s, {u"Analisi delle pratiche"_s}));
        RequestDetailWidget detail(workspace);
        detail.showRequest(id);
        detail.documents()->chooseFileToAttach = [&report](QWidget *) { return report; };
        QTest::mouseClick(detail.documents()->addButton(), Qt::LeftButton);
        QCOMPARE(detail.documents()->list()->topLevelItemCount(), 2);
        detail.resize(1440, 900);
        detail.show();
        QVERIFY(QTest::qWaitForWindowExposed(&detail));
        QDir().mkpath(dir);
        QVERIFY(detail.grab().save(QDir(dir).filePath(u"request-documents.png"_s)));
        installTranslations(QCoreApplication::instance(), u"en"_s);
    }
};

QTEST_MAIN(TestDocumentsPanel)
#include "tst_documentspanel.moc"
