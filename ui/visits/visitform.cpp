#include "visitform.h"

#include "core/domain/requestlabels.h"
#include "core/workspace/workspace.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pass {

VisitForm::VisitForm(Workspace *workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    m_date = new QDateEdit(QDate::currentDate());
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_authority = new QLineEdit;
    m_authority->setPlaceholderText(tr("Type the authority's name"));
    m_request = new QComboBox;
    m_request->setEditable(true);
    m_request->setInsertPolicy(QComboBox::NoInsert);
    m_request->completer()->setFilterMode(Qt::MatchContains);
    m_request->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_start = new QLineEdit;
    m_start->setPlaceholderText(u"09:00"_s);
    m_end = new QLineEdit;
    m_end->setPlaceholderText(u"12:30"_s);
    m_hours = new QDoubleSpinBox;
    m_hours->setRange(0, 24);
    m_hours->setSingleStep(0.5);
    m_hours->setSuffix(tr(" h"));
    m_mode = new QComboBox;
    m_mode->addItem(visitModeLabel(VisitMode::OnSite), int(VisitMode::OnSite));
    m_mode->addItem(visitModeLabel(VisitMode::Remote), int(VisitMode::Remote));
    m_participants = new QLineEdit;
    m_participants->setPlaceholderText(tr("Roles, not names: RUP, technical officer…"));
    m_activities = new QPlainTextEdit;
    m_activities->setTabChangesFocus(true);
    m_activities->setMaximumHeight(160);
    m_outcome = new QLineEdit;
    m_followUp = new QLineEdit;
    m_followUp->setPlaceholderText(tr("What is to be done next (optional)"));
    m_followUpDue = new QDateEdit(QDate::currentDate().addDays(14));
    m_followUpDue->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_followUpDue->setCalendarPopup(true);
    m_message = new QLabel;
    m_message->setWordWrap(true);

    auto *times = new QHBoxLayout;
    times->addWidget(m_start);
    times->addWidget(new QLabel(tr("to")));
    times->addWidget(m_end);
    times->addWidget(new QLabel(tr("or")));
    times->addWidget(m_hours);
    auto *followUp = new QHBoxLayout;
    followUp->addWidget(m_followUp, 1);
    followUp->addWidget(new QLabel(tr("by")));
    followUp->addWidget(m_followUpDue);

    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Authority:"), m_authority);
    form->addRow(tr("&Request:"), m_request);
    auto *timeLabel = new QLabel(tr("&Time:"));
    timeLabel->setBuddy(m_start);
    form->addRow(timeLabel, times);
    form->addRow(tr("&Mode:"), m_mode);
    form->addRow(tr("&Participants:"), m_participants);
    form->addRow(tr("What was &done:"), m_activities);
    form->addRow(tr("&Outcome:"), m_outcome);
    auto *followUpLabel = new QLabel(tr("&Follow-up:"));
    followUpLabel->setBuddy(m_followUp);
    form->addRow(followUpLabel, followUp);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *hint = new QLabel(tr("Ctrl+Enter saves the visit and starts the next one."));
    hint->setStyleSheet(u"color: #666"_s);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addStretch();

    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &VisitForm::save);
    }
    connect(m_authority, &QLineEdit::editingFinished, this, &VisitForm::fillRequests);
    m_activities->installEventFilter(this);

    // Every field says what it is to a screen reader (a label's buddy alone does not).
    m_date->setAccessibleName(tr("Date"));
    m_authority->setAccessibleName(tr("Authority"));
    m_request->setAccessibleName(tr("Request"));
    m_mode->setAccessibleName(tr("Mode"));
    m_participants->setAccessibleName(tr("Participants"));
    m_activities->setAccessibleName(tr("What was done"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_followUp->setAccessibleName(tr("Follow-up"));
    m_start->setAccessibleName(tr("Start time"));
    m_end->setAccessibleName(tr("End time"));
    m_hours->setAccessibleName(tr("Hours"));
    m_followUpDue->setAccessibleName(tr("Follow-up due date"));
    m_message->setAccessibleName(tr("Result of the last save"));
    setTabOrder(m_date, m_authority);
    setTabOrder(m_authority, m_request);
    setTabOrder(m_request, m_start);
    setTabOrder(m_start, m_end);
    setTabOrder(m_end, m_hours);
    setTabOrder(m_hours, m_mode);
    setTabOrder(m_mode, m_participants);
    setTabOrder(m_participants, m_activities);
    setTabOrder(m_activities, m_outcome);
    setTabOrder(m_outcome, m_followUp);
    setTabOrder(m_followUp, m_followUpDue);
    reloadChoices();
}

bool VisitForm::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_activities && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() & Qt::ControlModifier) {
            if (event->type() == QEvent::KeyPress)
                save();
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void VisitForm::reloadChoices()
{
    m_actor = m_workspace->requests().actor();
    const bool expert = m_actor && m_actor->role == UserRole::Expert;
    setEnabled(expert);
    const QString expertsOnly = tr("Visits are logged by the experts assigned to a request.");
    if (!expert)
        m_message->setText(expertsOnly);
    else if (m_message->text() == expertsOnly)
        m_message->clear();
    // The authorities of the requests this expert can log visits on, for the completer.
    m_authorityByName.clear();
    if (expert) {
        for (const RequestChoice &c : m_workspace->requests().openToVisits(m_actor->username))
            m_authorityByName.insert(c.authorityName, c.authorityIstat);
    }
    QStringList names = m_authorityByName.keys();
    names.sort();
    auto *completer = new QCompleter(names, m_authority);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_authority->setCompleter(completer); // deletes the previous one, its child too
    fillRequests();
}

// The expert's requests, of the authority typed above when there is one.
void VisitForm::fillRequests()
{
    const QString current = m_request->currentData().toString();
    m_request->clear();
    if (!m_actor || m_actor->role != UserRole::Expert)
        return;
    const QString istat = m_authorityByName.value(m_authority->text().trimmed());
    for (const RequestChoice &c : m_workspace->requests().openToVisits(m_actor->username)) {
        if (istat.isEmpty() || c.authorityIstat == istat)
            m_request->addItem(u"%1 — %2"_s.arg(c.authorityName, c.subject), c.id);
    }
    const int keep = m_request->findData(current);
    if (keep >= 0)
        m_request->setCurrentIndex(keep);
}

void VisitForm::startFor(const QString &requestId)
{
    const int index = m_request->findData(requestId);
    if (index >= 0)
        m_request->setCurrentIndex(index);
    m_start->setFocus();
}

bool VisitForm::save()
{
    if (!m_actor)
        return false;
    Visit v;
    const int index = m_request->findText(m_request->currentText());
    v.requestId = index >= 0 ? m_request->itemData(index).toString() : QString();
    if (v.requestId.isEmpty()) {
        m_message->setText(tr("request: choose one of your requests"));
        m_request->setFocus();
        return false;
    }
    v.date = m_date->date();
    v.start = QTime::fromString(m_start->text().trimmed(), u"H:mm"_s);
    v.end = QTime::fromString(m_end->text().trimmed(), u"H:mm"_s);
    v.hours = m_hours->value();
    v.mode = VisitMode(m_mode->currentData().toInt());
    v.participants = m_participants->text().trimmed();
    v.activities = m_activities->toPlainText().trimmed();
    v.outcome = m_outcome->text().trimmed();
    if (!m_followUp->text().trimmed().isEmpty())
        v.followUpItems = {{m_followUp->text().trimmed(), m_followUpDue->date()}};
    RequestService service = m_workspace->requests().service();
    QElapsedTimer timer;
    timer.start();
    const bool ok = service.logVisit(&v);
    m_lastSaveMs = double(timer.nsecsElapsed()) / 1e6;
    if (!ok) {
        m_message->setText(service.error());
        return false;
    }
    m_message->setText(tr("Visit of %1 saved (%2 h): it will reach the portal at the next sync.")
                           .arg(QLocale().toString(v.date, QLocale::ShortFormat), QLocale().toString(v.hours, 'f', 1)));
    for (QLineEdit *edit : {m_start, m_end, m_participants, m_outcome, m_followUp})
        edit->clear();
    m_activities->clear();
    m_hours->setValue(0);
    m_request->setFocus();
    Q_EMIT saved(v.id);
    return true;
}

} // namespace pass
