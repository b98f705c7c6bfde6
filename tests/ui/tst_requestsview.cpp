// Support requests and visits in the main window, with the real widgets over a real store and
// the Italian interface: a request walked through its life (draft, submitted, accepted, assigned,
// in progress with a visit logged by keyboard, confirmed by the authority, completed), reached
// through the side bar, with each role's actions enabled or disabled and the reason shown. The
// list follows writes it did not make, its filters and counts, and the authority in focus. With
// PASS_SCREENSHOT_DIR set it saves the list, a request's detail, the visit form and the visit log
// at 1440x900 from the main window there (else into a temporary folder: they are taken every run).
#include "uifixture.h"
#include "tests/common/deniedtable.h"
#include "tests/common/storereads.h"

#include "ui/common/language.h"
#include "ui/requests/newrequestdialog.h"
#include "ui/requests/requestdetailwidget.h"
#include "ui/requests/requestlistmodel.h"
#include "ui/requests/requestsview.h"
#include "ui/shell/mainwindow.h"
#include "ui/visits/visitform.h"
#include "ui/visits/visitsview.h"

#include "core/demo/demogenerator.h"
#include "core/domain/requestlabels.h"
#include "core/requests/accountidentity.h"
#include "core/store/changeset.h"
#include "core/store/requeststore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QAbstractButton>
#include <QCompleter>
#include <QAbstractItemView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QTemporaryDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QtTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace pass;

namespace {

// A bound for a step on a loaded machine, never a wait: QTRY returns as soon as it holds.
constexpr int kHungMs = 300000;

const WorkflowActor kAnna{u"anna"_s, UserRole::Authority, {u"019035"_s}};
const WorkflowActor kCoord{u"coord"_s, UserRole::Coordinator, {}};
const WorkflowActor kMarco{u"marco"_s, UserRole::Expert, {u"019035"_s}};

// Who is signed in, as a sync learns it from the portal; returns when the workspace announced it.
bool signIn(Workspace *workspace, const WorkflowActor &actor)
{
    QSignalSpy announced(workspace, &Workspace::changed);
    QString error;
    if (!AccountIdentity::save(workspace->store().connection(), actor, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return announced.wait(kHungMs);
}

void screenshot(MainWindow &window, const QString &name)
{
    static QTemporaryDir tmp;
    const QString dir = qEnvironmentVariable("PASS_SCREENSHOT_DIR", tmp.path());
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(window.grab().save(QDir(dir).filePath(name)));
}

RequestsView *requestsOf(MainWindow &window)
{
    return dynamic_cast<RequestsView *>(window.view(u"requests"_s));
}

VisitsView *visitsOf(MainWindow &window)
{
    return dynamic_cast<VisitsView *>(window.view(u"visits"_s));
}

// Every control of the page a keyboard can reach has a name for a screen reader.
void everyControlNamed(QWidget *page)
{
    const QList<QWidget *> widgets = page->findChildren<QWidget *>();
    int named = 0;
    for (QWidget *w : widgets) {
        if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
            continue;
        if (qobject_cast<QHeaderView *>(w) || w->inherits("QScrollBar")
            || (w->inherits("QLineEdit") && w->parent() && w->parent()->inherits("QComboBox")))
            continue;
        const auto *button = qobject_cast<QAbstractButton *>(w);
        QVERIFY2(!w->accessibleName().isEmpty() || (button && !button->text().isEmpty()),
                 qPrintable(u"no accessible name: "_s + QString::fromLatin1(w->metaObject()->className()) + u' '
                            + w->objectName()));
        ++named;
    }
    QVERIFY(named >= 5);
}

} // namespace

class TestRequestsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"PAsS-test"_s);
        QVERIFY(installTranslations(qApp, u"it"_s));
    }

    void init() { QSettings().clear(); }

    // Visits the store cannot read are not "0 visits": the log says why where its total is and
    // is disabled, the request list of an expert says why in its one entry and is disabled, and
    // both come back when the store reads again.
    void unreadableVisitsAreSaid()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.isValid());
        Workspace *workspace = fixture.workspace();
        workspace->setChangeInterval(0);
        QVERIFY(signIn(workspace, kMarco));
        const QSqlDatabase db = workspace->store().connection();
        // The visit log and the expert's requests both read the requests (one authorizer per
        // connection: one table denied at a time).
        std::optional<testutil::DeniedTable> denied(std::in_place, db, "support_requests");
        VisitsView view(workspace);
        view.resize(1440, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(denied->denied() > 0);
        QVERIFY2(view.total()->text().startsWith(u"Non riesco a leggere le visite dall'archivio: "_s)
                     && view.total()->text().contains(u"support_requests"_s),
                 qPrintable(view.total()->text()));
        QVERIFY(!view.log()->isEnabled());
        QCOMPARE(view.log()->rowCount(), 0);
        QComboBox *requests = view.requestFilter();
        QVERIFY(requests->isVisible());
        QVERIFY(!requests->isEnabled());
        QCOMPARE(requests->count(), 1);
        QVERIFY2(requests->currentText().startsWith(u"Non riesco a leggere le tue richieste dall'archivio: "_s),
                 qPrintable(requests->currentText()));
        QCOMPARE(requests->accessibleDescription(), requests->currentText());

        denied.reset();
        ChangeSet changes;
        changes.addMany(ChangeSet::Entity::Visit);
        changes.addMany(ChangeSet::Entity::SupportRequest);
        Q_EMIT workspace->changed(changes);
        QVERIFY(view.log()->isEnabled());
        QVERIFY2(view.total()->text().startsWith(u"0 visite, "_s), qPrintable(view.total()->text()));
        QVERIFY(requests->isEnabled());
        QCOMPARE(requests->currentText(), u"Tutte le richieste"_s);
        QVERIFY(requests->accessibleDescription().isEmpty());
    }

    void requestLifeInTheMainWindow()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.isValid());
        Workspace *workspace = fixture.workspace();
        QVERIFY(signIn(workspace, kAnna));
        MainWindow window;
        window.setWorkspace(fixture.takeWorkspace());
        window.resize(1440, 900);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // The side bar reaches the view (Ctrl+3), the list takes the focus.
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(window.currentViewKey(), u"requests"_s);
        RequestsView *view = requestsOf(window);
        QVERIFY(view);
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), view->table(), kHungMs);
        QVERIFY(view->newRequestAction()->isEnabled());
        QVERIFY(!view->mineFilter()->isEnabled()); // only experts are assigned
        everyControlNamed(view);

        // anna: a new request, task force first, then one of its procedures; submitted.
        QString id;
        QTimer::singleShot(0, this, [&id] {
            auto *dialog = qobject_cast<NewRequestDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->taskForce()->setCurrentIndex(dialog->taskForce()->findData(u"EDILIZIA_URBANISTICA"_s));
            QVERIFY(dialog->procedures()->count() > 0);
            dialog->procedures()->item(0)->setCheckState(Qt::Checked);
            dialog->submitButton()->click(); // no subject yet: refused, the dialog stays
            QVERIFY(dialog->isVisible());
            QTest::keyClicks(dialog->subject(), u"Arretrato dei permessi di costruire"_s);
            dialog->submitButton()->click();
            id = dialog->requestId();
        });
        view->newRequestAction()->trigger();
        QVERIFY(!id.isEmpty());
        window.activateWindow(); // back from the dialog, as a click on the window would
        QVERIFY(QTest::qWaitForWindowActive(&window));
        RequestDetailWidget *detail = view->detail();
        QTRY_COMPARE_WITH_TIMEOUT(detail->requestId(), id, kHungMs);
        QCOMPARE(view->model()->rowCount(), 1);
        // Accepting is the secretariat's: disabled, and the reason is on screen.
        const MoveVerdict annaAccepts = RequestWorkflow::check(RequestMove::Accept, kAnna,
                                                               *window.workspace()->requests().request(id));
        QVERIFY(!annaAccepts.allowed);
        QVERIFY(!detail->actionButton(RequestMove::Accept)->isEnabled());
        QCOMPARE(detail->actionButton(RequestMove::Accept)->toolTip(), annaAccepts.message);
        QVERIFY(detail->refusals()->isVisible());
        QVERIFY2(detail->refusals()->text().contains(annaAccepts.message.toHtmlEscaped()),
                 qPrintable(detail->refusals()->text()));
        QVERIFY(detail->actionButton(RequestMove::Withdraw)->isEnabled());
        QVERIFY(!detail->actionButton(RequestMove::Start)->isEnabled());

        // The coordinator (another sign-in on this PC): accepts and assigns marco.
        QVERIFY(signIn(window.workspace(), kCoord));
        QTRY_VERIFY_WITH_TIMEOUT(detail->actionButton(RequestMove::Accept)->isEnabled(), kHungMs);
        QVERIFY(!view->newRequestAction()->isEnabled());
        detail->actionButton(RequestMove::Accept)->click();
        QCOMPARE(window.workspace()->requests().request(id)->status, RequestStatus::Accepted);
        detail->askInput = [](RequestMove move, QWidget *) -> std::optional<MoveInput> {
            if (move == RequestMove::Assign)
                return MoveInput{{}, {u"marco"_s}, {}};
            if (move == RequestMove::Complete)
                return MoveInput{{}, {}, u"Arretrato ridotto da 40 a 12 pratiche"_s};
            return MoveInput{};
        };
        QVERIFY(detail->actionButton(RequestMove::Assign)->isEnabled());
        detail->actionButton(RequestMove::Assign)->click();
        QCOMPARE(window.workspace()->requests().request(id)->assignedExperts, QStringList{u"marco"_s});
        QTRY_VERIFY_WITH_TIMEOUT(view->countsLabel()->text().contains(u"assegnata <b>1</b>"_s), kHungMs);

        // marco: only his requests, starts.
        QVERIFY(signIn(window.workspace(), kMarco));
        QTRY_VERIFY_WITH_TIMEOUT(view->mineFilter()->isEnabled(), kHungMs);
        view->mineFilter()->setChecked(true);
        QCOMPARE(view->model()->rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(detail->requestId(), id, kHungMs);
        QVERIFY(!detail->actionButton(RequestMove::Complete)->isEnabled());
        QVERIFY(detail->actionButton(RequestMove::Start)->isEnabled());
        detail->actionButton(RequestMove::Start)->click();
        QCOMPARE(window.workspace()->requests().request(id)->status, RequestStatus::InProgress);

        // The visit, without the mouse: Ctrl+4, the date is today, the request is offered.
        QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
        VisitsView *visits = visitsOf(window);
        QVERIFY(visits);
        VisitForm *form = visits->form();
        QCOMPARE(window.currentViewKey(), u"visits"_s);
        QVERIFY2(form->isEnabled(), qPrintable(form->message()->text()));
        QVERIFY(form->isVisible());
        everyControlNamed(visits);
        QTRY_COMPARE_WITH_TIMEOUT(QApplication::focusWidget(), static_cast<QWidget *>(form->date()), kHungMs);
        QCOMPARE(form->date()->date(), QDate::currentDate());
        QCOMPARE(form->request()->count(), 1);
        // Tab walks the date's day, month and year (Qt's date field), then leaves it.
        for (int i = 0; i < 3 && QApplication::focusWidget() == form->date(); ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), form->authority());
        QTest::keyClicks(form->authority(), u"Crema"_s);
        if (form->authority()->completer()->popup()->isVisible()) // the completion offered: keep what was typed
            QTest::keyClick(form->authority()->completer()->popup(), Qt::Key_Escape);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // request
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // start
        QCOMPARE(QApplication::focusWidget(), form->start());
        QTest::keyClicks(form->start(), u"09:00"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), u"12:30"_s);
        QCOMPARE(form->end()->text(), u"12:30"_s);
        QTest::keyClicks(form->participants(), u"RUP, tecnico istruttore"_s);
        QTest::keyClicks(form->activities(), u"Analisi delle pratiche in arretrato"_s);
        QTest::keyClicks(form->followUp(), u"Inviare la check-list"_s);
        QSignalSpy saved(form, &VisitForm::saved);
        QTest::keyClick(form->activities(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(saved.size(), 1);
        QVERIFY(form->start()->text().isEmpty()); // ready for the next one
        QCOMPARE(form->authority()->text(), u"Crema"_s); // the authority stays
        const QString visitId = saved.at(0).at(0).toString();
        QCOMPARE(window.workspace()->requests().visit(visitId)->hours, 3.5);
        QTRY_COMPARE_WITH_TIMEOUT(visits->log()->rowCount(), 1, kHungMs);
        QCOMPARE(visits->log()->item(0, 5)->text(), visitConfirmationLabel(VisitConfirmation::Pending));
        // Without times or hours the form says what is missing and keeps the text.
        QTest::keyClicks(form->activities(), u"Telefonata"_s);
        QTest::keyClick(form->activities(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(saved.size(), 1);
        QVERIFY(!form->message()->text().isEmpty());
        QCOMPARE(form->activities()->toPlainText(), u"Telefonata"_s);
        form->activities()->clear();

        // anna confirms the visit in her Visits view; the expert's confirm is not offered.
        QVERIFY(!visits->confirmButton()->isVisible());
        QVERIFY(signIn(window.workspace(), kAnna));
        QTRY_VERIFY_WITH_TIMEOUT(visits->confirmButton()->isVisible(), kHungMs);
        QVERIFY(!form->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(visits->log()->rowCount(), 1, kHungMs);
        visits->log()->selectRow(0);
        QVERIFY(visits->confirmButton()->isEnabled());
        visits->confirmButton()->click();
        QCOMPARE(window.workspace()->requests().visit(visitId)->confirmation, VisitConfirmation::Confirmed);

        // marco sees it confirmed, in his log and in the request; completes.
        QVERIFY(signIn(window.workspace(), kMarco));
        QTRY_COMPARE_WITH_TIMEOUT(visits->log()->item(0, 5)->text(), visitConfirmationLabel(VisitConfirmation::Confirmed),
                                  kHungMs);
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(detail->visits()->rowCount(), 1, kHungMs);
        QVERIFY(detail->visits()->item(0, 3)->text().startsWith(visitConfirmationLabel(VisitConfirmation::Confirmed)));
        detail->actionButton(RequestMove::Complete)->click();
        const auto done = window.workspace()->requests().request(id);
        QCOMPARE(done->status, RequestStatus::Completed);
        QCOMPARE(done->closingSummary, u"Arretrato ridotto da 40 a 12 pratiche"_s);
        QTest::keyClicks(detail->commentEdit(), u"Chiusa, grazie"_s);
        QTest::keyClick(detail->commentEdit(), Qt::Key_Return);
        QCOMPARE(testutil::messages(window.workspace()->store().connection(), id).size(), 1);
        const QString timeline = detail->timeline()->toPlainText();
        QVERIFY2(timeline.contains(u"Analisi delle pratiche in arretrato"_s), qPrintable(timeline));
        QVERIFY2(timeline.contains(u"Chiusa, grazie"_s), qPrintable(timeline));
        QVERIFY2(timeline.contains(requestStatusLabel(RequestStatus::Completed)), qPrintable(timeline));
        for (RequestMove move : {RequestMove::Start, RequestMove::Complete, RequestMove::Accept})
            QVERIFY(!detail->actionButton(move)->isEnabled());
    }

    // The list shows what other writers commit (here the service, as passctl or a sync would),
    // filters by status, task force, authority in focus and overdue follow-ups, and counts.
    void listFollowsChangesFiltersAndFocus()
    {
        test::UiFixture fixture;
        Workspace *workspace = fixture.workspace();
        QVERIFY(signIn(workspace, kCoord));
        RequestsView view(workspace);
        QCOMPARE(view.model()->rowCount(), 0);
        QSqlDatabase db = workspace->store().connection();
        RequestService anna(db, kAnna);
        RequestService other(db, {u"bea"_s, UserRole::Authority, {u"019002"_s}});
        QStringList ids;
        for (int i = 0; i < 3; ++i) {
            SupportRequest r;
            r.authorityIstat = u"019035"_s;
            r.taskForceCode = i == 2 ? u"RINNOVABILI"_s : u"EDILIZIA_URBANISTICA"_s;
            r.subject = u"Richiesta %1"_s.arg(i);
            QVERIFY2(anna.create(&r, true), qPrintable(anna.error()));
            ids << r.id;
        }
        SupportRequest elsewhere;
        elsewhere.authorityIstat = u"019002"_s;
        elsewhere.taskForceCode = u"EDILIZIA_URBANISTICA"_s;
        elsewhere.subject = u"Altrove"_s;
        QVERIFY2(other.create(&elsewhere, false), qPrintable(other.error()));
        QTRY_COMPARE_WITH_TIMEOUT(view.model()->rowCount(), 4, kHungMs);
        QVERIFY(view.countsLabel()->text().contains(u"inviata <b>3</b>"_s));
        QVERIFY(view.countsLabel()->text().contains(u"in bozza <b>1</b>"_s));

        view.statusFilter()->setCurrentIndex(view.statusFilter()->findData(int(RequestStatus::Draft)));
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->row(0)->id, elsewhere.id);
        view.statusFilter()->setCurrentIndex(0);
        view.taskForceFilter()->setCurrentIndex(view.taskForceFilter()->findData(u"RINNOVABILI"_s));
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->row(0)->id, ids.at(2));
        view.taskForceFilter()->setCurrentIndex(0);

        // The authority in focus narrows the list; picking one in the list sets the focus.
        workspace->setFocusAuthority(u"019002"_s);
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.authorityFilter()->currentData().toString(), u"019002"_s);
        view.authorityFilter()->setCurrentIndex(view.authorityFilter()->findData(u"019035"_s));
        Q_EMIT view.authorityFilter()->activated(view.authorityFilter()->currentIndex());
        QCOMPARE(workspace->focusAuthority(), u"019035"_s);
        QCOMPARE(view.model()->rowCount(), 3);
        workspace->setFocusAuthority({});
        QCOMPARE(view.model()->rowCount(), 4);

        // Overdue follow-ups: an in-progress request with a follow-up due yesterday.
        RequestService coord(db, kCoord);
        QVERIFY(coord.move(ids.at(0), RequestMove::Accept, {}));
        QVERIFY(coord.move(ids.at(0), RequestMove::Assign, MoveInput{{}, {u"marco"_s}, {}}));
        RequestService marco(db, kMarco);
        QVERIFY(marco.move(ids.at(0), RequestMove::Start, {}));
        Visit v;
        v.requestId = ids.at(0);
        v.date = QDate::currentDate().addDays(-10);
        v.hours = 2;
        v.followUpItems = {{u"Inviare la check-list"_s, QDate::currentDate().addDays(-1)}};
        QVERIFY2(marco.logVisit(&v), qPrintable(marco.error()));
        view.overdueFilter()->setChecked(true);
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->row(0)->id, ids.at(0));
        // The selected request's detail follows a change made elsewhere.
        QTRY_COMPARE_WITH_TIMEOUT(view.detail()->requestId(), ids.at(0), kHungMs);
        QVERIFY(marco.comment(ids.at(0), u"Ci vediamo giovedì"_s));
        QTRY_VERIFY_WITH_TIMEOUT(view.detail()->timeline()->toPlainText().contains(u"Ci vediamo giovedì"_s), kHungMs);
    }

    void screenshotsOfTheDemo()
    {
        test::UiFixture fixture;
        DemoGenerator::Options options;
        options.cases = 3000;
        QString error;
        QVERIFY2(DemoGenerator(fixture.database().connection()).run(options, {}, &error), qPrintable(error));
        // The coordinator sees every request.
        Workspace *workspace = fixture.workspace();
        QVERIFY(signIn(workspace, {u"segreteria.tecnica"_s, UserRole::Coordinator, {}}));
        MainWindow window;
        window.setWorkspace(fixture.takeWorkspace());
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showView(u"requests"_s));
        RequestsView *view = requestsOf(window);
        view->table()->selectRow(1);
        QCoreApplication::processEvents();
        screenshot(window, u"requests-list.png"_s);

        // An authority's request in progress, with its visits to countersign.
        // Declared after the window: the query's connection goes before the window closes the store.
        QSqlQuery q(window.workspace()->store().connection());
        QVERIFY(q.exec(u"SELECT r.authority_istat FROM support_requests r JOIN visits v ON v.request_id = r.id "
                       "WHERE r.status = 'in_progress' AND v.confirmation = 'pending' LIMIT 1"_s)
                && q.next());
        const QString istat = q.value(0).toString();
        QVERIFY(signIn(window.workspace(), {u"ufficio.tecnico."_s + istat, UserRole::Authority, {istat}}));
        window.workspace()->setFocusAuthority(istat);
        view->statusFilter()->setCurrentIndex(view->statusFilter()->findData(int(RequestStatus::InProgress)));
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0, kHungMs);
        view->table()->selectRow(0);
        QCoreApplication::processEvents();
        screenshot(window, u"request-detail.png"_s);

        // An expert: the form with a visit being typed, and the month's log.
        QVERIFY(q.exec(u"SELECT e.value FROM support_requests r, json_each(r.assigned_experts) e "
                       "WHERE r.status = 'in_progress' GROUP BY e.value ORDER BY count(*) DESC LIMIT 1"_s)
                && q.next());
        const QString expert = q.value(0).toString();
        window.workspace()->setFocusAuthority({});
        QStringList theirs;
        QVERIFY(q.exec(u"SELECT DISTINCT r.authority_istat FROM support_requests r, json_each(r.assigned_experts) e "
                       "WHERE e.value = '%1'"_s.arg(expert)));
        while (q.next())
            theirs << q.value(0).toString();
        QVERIFY(signIn(window.workspace(), {expert, UserRole::Expert, theirs}));
        QVERIFY(window.showView(u"visits"_s));
        VisitsView *visits = visitsOf(window);
        visits->period()->setCurrentIndex(VisitsView::Everything);
        QTRY_VERIFY_WITH_TIMEOUT(visits->log()->rowCount() > 0, kHungMs);
        QTRY_VERIFY_WITH_TIMEOUT(visits->viewActions().first()->isEnabled(), kHungMs);
        QCoreApplication::processEvents(); // the tool bar's layout
        screenshot(window, u"visits-log.png"_s);
        visits->period()->setCurrentIndex(VisitsView::ThisMonth);
        VisitForm *form = visits->form();
        QTest::keyClicks(form->start(), u"09:00"_s);
        QTest::keyClicks(form->end(), u"11:30"_s);
        QTest::keyClicks(form->activities(), u"Avvio del piano di smaltimento"_s);
        QVERIFY2(form->save(), qPrintable(form->message()->text()));
        QTRY_VERIFY_WITH_TIMEOUT(visits->log()->rowCount() > 0, kHungMs);
        QTest::keyClicks(form->start(), u"09:00"_s);
        QTest::keyClicks(form->end(), u"12:30"_s);
        QTest::keyClicks(form->participants(), u"RUP, due istruttori"_s);
        QTest::keyClicks(form->activities(), u"Verifica delle pratiche sospese"_s);
        QTest::keyClicks(form->followUp(), u"Inviare il cronoprogramma"_s);
        screenshot(window, u"visit-form.png"_s);
    }
};

QTEST_MAIN(TestRequestsView)
#include "tst_requestsview.moc"
