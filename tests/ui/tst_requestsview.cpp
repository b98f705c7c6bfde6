// A support request walked through its life with the real widgets, on a real store: the
// authority user fills the new-request form and submits, sees Accept disabled with the rule's
// words; the coordinator accepts and assigns; the expert starts, logs a visit with the keyboard
// (Ctrl+Enter) and completes; the list's filters and counts follow. With PASS_SCREENSHOT_DIR set
// it also saves the list, the detail and the visit form at 1440x900, in Italian.
#include "uifixture.h"

#include "ui/common/language.h"
#include "ui/requests/newrequestdialog.h"
#include "ui/requests/requestdetailwidget.h"
#include "ui/requests/requestlistmodel.h"
#include "ui/requests/requestsview.h"
#include "ui/visits/visitform.h"
#include "ui/visits/visitsview.h"

#include "core/demo/demogenerator.h"
#include "core/store/requeststore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using namespace pass;

namespace {

const WorkflowActor kAnna{u"anna"_s, UserRole::Authority, {u"019035"_s}};
const WorkflowActor kCoord{u"coord"_s, UserRole::Coordinator, {}};
const WorkflowActor kMarco{u"marco"_s, UserRole::Expert, {u"019035"_s}};

void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("PASS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    w->resize(1440, 900);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QDir().mkpath(dir);
    QVERIFY(w->grab().save(QDir(dir).filePath(name)));
}

} // namespace

class TestRequestsView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { installTranslations(QCoreApplication::instance(), u"en"_s); }

    void requestLifeWithRealWidgets()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.isValid());
        QSqlDatabase db = fixture.database().connection();
        RequestsView view;
        view.setDatabase(db, kAnna);

        // anna: a new request, task force first, then one of its procedures; submitted.
        NewRequestDialog dialog(db, kAnna);
        const int building = dialog.taskForce()->findData(u"EDILIZIA_URBANISTICA"_s);
        QVERIFY(building >= 0);
        dialog.taskForce()->setCurrentIndex(building);
        QVERIFY(dialog.procedures()->count() > 0);
        dialog.procedures()->item(0)->setCheckState(Qt::Checked);
        dialog.submitButton()->click(); // no subject yet: refused, the dialog stays
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.requestId().isEmpty());
        QTest::keyClicks(dialog.subject(), u"Arretrato dei permessi di costruire"_s);
        dialog.submitButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QString id = dialog.requestId();
        QVERIFY(!id.isEmpty());
        const auto stored = RequestStore(db).findRequest(id);
        QCOMPARE(stored->status, RequestStatus::Submitted);
        QCOMPARE(stored->procedureCodes.size(), 1);

        view.refresh();
        QCOMPARE(view.model()->rowCount(), 1);
        view.table()->selectRow(0);
        QCOMPARE(view.detail()->requestId(), id);
        QPushButton *accept = view.detail()->actionButton(RequestMove::Accept);
        QVERIFY(!accept->isEnabled());
        QCOMPARE(accept->toolTip(), u"only the technical secretariat can accept a request"_s);
        QVERIFY(view.detail()->actionButton(RequestMove::Withdraw)->isEnabled());

        // The coordinator accepts and assigns marco.
        view.setDatabase(db, kCoord);
        view.table()->selectRow(0);
        accept = view.detail()->actionButton(RequestMove::Accept);
        QVERIFY(accept->isEnabled());
        accept->click();
        QCOMPARE(RequestStore(db).findRequest(id)->status, RequestStatus::Accepted);
        view.detail()->askInput = [](RequestMove move, QWidget *) -> std::optional<MoveInput> {
            if (move == RequestMove::Assign)
                return MoveInput{{}, {u"marco"_s}, {}};
            if (move == RequestMove::Complete)
                return MoveInput{{}, {}, u"Arretrato ridotto da 40 a 12 pratiche"_s};
            return MoveInput{};
        };
        view.detail()->actionButton(RequestMove::Assign)->click();
        QCOMPARE(RequestStore(db).findRequest(id)->assignedExperts, QStringList{u"marco"_s});
        QVERIFY(view.countsLabel()->text().contains(u"assigned: <b>1</b>"_s));

        // marco starts, logs a visit with the keyboard, completes.
        view.setDatabase(db, kMarco);
        QVERIFY(view.mineFilter()->isEnabled());
        view.mineFilter()->setChecked(true);
        QCOMPARE(view.model()->rowCount(), 1);
        view.table()->selectRow(0);
        view.detail()->askInput = [](RequestMove move, QWidget *) -> std::optional<MoveInput> {
            if (move == RequestMove::Complete)
                return MoveInput{{}, {}, u"Arretrato ridotto da 40 a 12 pratiche"_s};
            return MoveInput{};
        };
        QVERIFY(!view.detail()->actionButton(RequestMove::Complete)->isEnabled());
        view.detail()->actionButton(RequestMove::Start)->click();
        QCOMPARE(RequestStore(db).findRequest(id)->status, RequestStatus::InProgress);

        VisitsView visits;
        visits.setDatabase(db, kMarco);
        visits.show();
        QVERIFY(QTest::qWaitForWindowExposed(&visits));
        VisitForm *form = visits.form();
        QCOMPARE(form->date()->date(), QDate::currentDate());
        QCOMPARE(form->request()->count(), 1);
        form->start()->setFocus();
        QTest::keyClicks(form->start(), u"09:00"_s);
        QTest::keyClicks(form->end(), u"12:30"_s);
        QTest::keyClicks(form->participants(), u"RUP, tecnico istruttore"_s);
        QTest::keyClicks(form->activities(), u"Analisi delle pratiche in arretrato"_s);
        QTest::keyClicks(form->followUp(), u"Inviare la check-list"_s);
        QSignalSpy saved(form, &VisitForm::saved);
        QTest::keyClick(form->activities(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(saved.size(), 1);
        QVERIFY(form->start()->text().isEmpty()); // ready for the next one
        QCOMPARE(RequestStore(db).visits(id).size(), 1);
        QCOMPARE(RequestStore(db).visits(id).first().hours, 3.5);
        QCOMPARE(visits.log()->rowCount(), 1);
        // Without times or hours the form says what is missing and keeps the text.
        QTest::keyClicks(form->activities(), u"Telefonata"_s);
        QTest::keyClick(form->activities(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(saved.size(), 1);
        QVERIFY(form->message()->text().contains(u"hours"_s));

        view.detail()->showRequest(id);
        view.detail()->actionButton(RequestMove::Complete)->click();
        const auto done = RequestStore(db).findRequest(id);
        QCOMPARE(done->status, RequestStatus::Completed);
        QCOMPARE(done->closingSummary, u"Arretrato ridotto da 40 a 12 pratiche"_s);
        QTest::keyClicks(view.detail()->commentEdit(), u"Chiusa, grazie"_s);
        QTest::keyClick(view.detail()->commentEdit(), Qt::Key_Return);
        QCOMPARE(RequestStore(db).messages(id).size(), 1);
        const QString timeline = view.detail()->timeline()->toPlainText();
        QVERIFY2(timeline.contains(u"visit: Analisi delle pratiche in arretrato"_s), qPrintable(timeline));
        QVERIFY2(timeline.contains(u"message: Chiusa, grazie"_s), qPrintable(timeline));
        QVERIFY2(timeline.contains(u"status: completed"_s), qPrintable(timeline));
        for (RequestMove move : {RequestMove::Start, RequestMove::Complete, RequestMove::Accept})
            QVERIFY(!view.detail()->actionButton(move)->isEnabled());
    }

    void screenshotsOfTheDemo()
    {
        if (qEnvironmentVariableIsEmpty("PASS_SCREENSHOT_DIR"))
            QSKIP("set PASS_SCREENSHOT_DIR to write the screenshots");
        installTranslations(QCoreApplication::instance(), u"it"_s);
        test::UiFixture fixture;
        QSqlDatabase db = fixture.database().connection();
        DemoGenerator generator(db);
        DemoGenerator::Options options;
        options.cases = 3000;
        QString error;
        QVERIFY2(generator.run(options, {}, &error), qPrintable(error));
        const WorkflowActor colombo{u"esperto.colombo"_s, UserRole::Expert, {}};
        QSqlQuery q(db);
        q.exec(u"SELECT DISTINCT authority_istat FROM support_requests"_s);
        WorkflowActor expert = colombo;
        while (q.next())
            expert.authorities << q.value(0).toString();
        RequestsView view;
        view.setDatabase(db, expert);
        view.table()->selectRow(1);
        screenshot(&view, u"requests-list.png"_s);
        view.mineFilter()->setChecked(true);
        view.table()->selectRow(0);
        screenshot(&view, u"request-detail.png"_s);
        VisitsView visits;
        visits.setDatabase(db, expert);
        visits.period()->setCurrentIndex(1); // this month: the visit saved below shows in the log
        QTest::keyClicks(visits.form()->start(), u"09:00"_s);
        QTest::keyClicks(visits.form()->end(), u"11:30"_s);
        QTest::keyClicks(visits.form()->activities(), u"Avvio del piano di smaltimento"_s);
        QVERIFY2(visits.form()->save(), qPrintable(visits.form()->message()->text()));
        QVERIFY(visits.log()->rowCount() > 0);
        QTest::keyClicks(visits.form()->start(), u"09:00"_s);
        QTest::keyClicks(visits.form()->end(), u"12:30"_s);
        QTest::keyClicks(visits.form()->participants(), u"RUP, due istruttori"_s);
        QTest::keyClicks(visits.form()->activities(), u"Verifica delle pratiche sospese"_s);
        screenshot(&visits, u"visit-form.png"_s);
        installTranslations(QCoreApplication::instance(), u"en"_s);
    }
};

QTEST_MAIN(TestRequestsView)
#include "tst_requestsview.moc"
