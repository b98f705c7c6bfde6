#include "casefileeditor.h"

#include "ui/casefiles/suspensionlisteditor.h"
#include "ui/common/domainlabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

QDateEdit *dateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(QDate::currentDate(), parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"dd/MM/yyyy"_s);
    return edit;
}

} // namespace

CaseFileEditor::CaseFileEditor(const QList<Authority> &authorities, const QList<ProcedureType> &procedures,
                               Check check, QWidget *parent)
    : QWidget(parent), m_check(std::move(check))
{
    build(authorities, procedures);
    clear();
}

QLabel *CaseFileEditor::addProblemLabel(CaseFileField field)
{
    auto *label = new QLabel(this);
    label->setWordWrap(true);
    label->setObjectName(u"problem_"_s + caseFileFieldName(field));
    // Dark red on the window colour: readable, and not the only sign (the text says it).
    label->setStyleSheet(u"color: #a4161a;"_s);
    label->setVisible(false);
    m_problemLabels.insert(field, label);
    return label;
}

void CaseFileEditor::build(const QList<Authority> &authorities, const QList<ProcedureType> &procedures)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    outer->addWidget(m_title);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Tab goes through the fields themselves, not the frame around them.
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *form = new QWidget(scroll);
    auto *layout = new QFormLayout(form);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    scroll->setWidget(form);
    outer->addWidget(scroll, 1);

    auto addField = [&](CaseFileField field, QWidget *widget) {
        widget->setAccessibleName(caseFileFieldLabel(field));
        m_fields.insert(field, widget);
        auto *label = new QLabel(caseFileFieldLabel(field) + u':', form);
        label->setBuddy(widget);
        layout->addRow(label, widget);
        layout->addRow(QString(), addProblemLabel(field));
    };

    m_authority = new QComboBox(form);
    m_authority->setEditable(true);
    m_authority->setInsertPolicy(QComboBox::NoInsert);
    m_authority->addItem(QString(), QString());
    for (const Authority &a : authorities) {
        if (!a.retired)
            m_authority->addItem(u"%1 (%2)"_s.arg(a.name, a.istat), a.istat);
    }
    m_authority->setMinimumContentsLength(16);
    m_authority->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_authority->completer()->setFilterMode(Qt::MatchContains);
    m_authority->completer()->setCompletionMode(QCompleter::PopupCompletion);
    addField(CaseFileField::Authority, m_authority);

    m_procedure = new QComboBox(form);
    m_procedure->addItem(QString(), QString());
    for (const ProcedureType &p : procedures)
        m_procedure->addItem(u"%1 — %2"_s.arg(p.code, p.name), p.code);
    m_procedure->setMinimumContentsLength(16);
    m_procedure->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    addField(CaseFileField::Procedure, m_procedure);

    m_protocol = new QLineEdit(form);
    m_protocol->setPlaceholderText(tr("e.g. 2025/000123"));
    addField(CaseFileField::Protocol, m_protocol);

    m_start = dateEdit(form);
    addField(CaseFileField::StartDate, m_start);

    auto *endRow = new QWidget(form);
    auto *endLayout = new QHBoxLayout(endRow);
    endLayout->setContentsMargins(0, 0, 0, 0);
    m_ended = new QCheckBox(tr("Concluded on"), endRow);
    m_ended->setAccessibleName(tr("The case file is concluded"));
    m_end = dateEdit(endRow);
    m_end->setAccessibleName(caseFileFieldLabel(CaseFileField::EndDate));
    endLayout->addWidget(m_ended);
    endLayout->addWidget(m_end, 1);
    addField(CaseFileField::EndDate, endRow);
    m_fields.insert(CaseFileField::EndDate, m_end);

    m_outcome = new QComboBox(form);
    m_outcome->addItem(tr("Still open"), QString());
    for (const Outcome o : {Outcome::Express, Outcome::Tacit, Outcome::Withdrawn})
        m_outcome->addItem(DomainLabels::outcome(o), toWireName(o));
    addField(CaseFileField::Outcome, m_outcome);

    m_conference = new QCheckBox(tr("A services conference was held"), form);
    addField(CaseFileField::ServicesConference, m_conference);

    auto *suspensionBox = new QWidget(form);
    auto *suspensionLayout = new QVBoxLayout(suspensionBox);
    suspensionLayout->setContentsMargins(0, 0, 0, 0);
    m_suspensions = new SuspensionListEditor(suspensionBox);
    suspensionLayout->addWidget(m_suspensions);
    auto *suspensionButtons = new QHBoxLayout;
    auto *addDated = new QPushButton(tr("Add a period"), suspensionBox);
    addDated->setToolTip(tr("A suspension with its start and end dates"));
    auto *addDays = new QPushButton(tr("Add a number of days"), suspensionBox);
    addDays->setToolTip(tr("A suspension whose dates are not known, only its length"));
    suspensionButtons->addWidget(addDated);
    suspensionButtons->addWidget(addDays);
    suspensionButtons->addStretch();
    suspensionLayout->addLayout(suspensionButtons);
    addField(CaseFileField::Suspensions, suspensionBox);
    connect(addDated, &QPushButton::clicked, this, [this] { m_suspensions->addDated(m_start->date()); });
    connect(addDays, &QPushButton::clicked, m_suspensions, &SuspensionListEditor::addDayCount);

    m_responsible = new QLineEdit(form);
    addField(CaseFileField::Responsible, m_responsible);

    m_notes = new QPlainTextEdit(form);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);
    addField(CaseFileField::Notes, m_notes);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #a4161a;"_s);
    m_error->setVisible(false);
    outer->addWidget(m_error);

    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save"), this);
    m_save->setDefault(true);
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_delete->setAccessibleDescription(tr("Deletes the case file after asking for confirmation"));
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_delete);
    outer->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, [this] {
        if (isValid() && isModified())
            Q_EMIT saveRequested(m_loaded, caseFile());
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_loaded)
            setCaseFile(*m_loaded);
        else
            clear();
        Q_EMIT cancelled();
    });
    connect(m_delete, &QPushButton::clicked, this, &CaseFileEditor::confirmDelete);

    const auto changed = [this] { revalidate(); };
    connect(m_authority, &QComboBox::currentIndexChanged, this, changed);
    connect(m_authority, &QComboBox::editTextChanged, this, changed);
    connect(m_procedure, &QComboBox::currentIndexChanged, this, changed);
    connect(m_protocol, &QLineEdit::textChanged, this, changed);
    connect(m_start, &QDateEdit::dateChanged, this, changed);
    connect(m_ended, &QCheckBox::toggled, this, [this](bool on) {
        m_end->setEnabled(on);
        revalidate();
    });
    connect(m_end, &QDateEdit::dateChanged, this, changed);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, changed);
    connect(m_conference, &QCheckBox::toggled, this, changed);
    connect(m_suspensions, &SuspensionListEditor::changed, this, changed);
    connect(m_responsible, &QLineEdit::textChanged, this, changed);
    connect(m_notes, &QPlainTextEdit::textChanged, this, changed);
}

CaseFile CaseFileEditor::caseFile() const
{
    CaseFile c = m_loaded.value_or(m_blank);
    int authority = m_authority->currentIndex();
    // A typed name that matches an entry counts as choosing it.
    if (const int typed = m_authority->findText(m_authority->currentText()); typed >= 0)
        authority = typed;
    c.authorityIstat = m_authority->currentText().isEmpty() ? QString() : m_authority->itemData(authority).toString();
    c.procedureCode = m_procedure->currentData().toString();
    c.protocolNumber = m_protocol->text();
    c.startDate = m_start->date();
    c.endDate = m_ended->isChecked() ? m_end->date() : QDate();
    c.outcome = outcomeFromWireName(m_outcome->currentData().toString());
    c.servicesConference = m_conference->isChecked();
    c.suspensions = m_suspensions->suspensions();
    c.responsible = m_responsible->text();
    c.notes = m_notes->toPlainText();
    return c;
}

void CaseFileEditor::fill(const CaseFile &c)
{
    m_filling = true;
    m_authority->setCurrentIndex(std::max(0, m_authority->findData(c.authorityIstat)));
    m_procedure->setCurrentIndex(std::max(0, m_procedure->findData(c.procedureCode)));
    m_protocol->setText(c.protocolNumber);
    m_start->setDate(c.startDate.isValid() ? c.startDate : QDate::currentDate());
    m_ended->setChecked(c.endDate.isValid());
    m_end->setEnabled(c.endDate.isValid());
    m_end->setDate(c.endDate.isValid() ? c.endDate : QDate::currentDate());
    m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(c.outcome ? toWireName(*c.outcome) : QString())));
    m_conference->setChecked(c.servicesConference);
    m_suspensions->setSuspensions(c.suspensions);
    m_responsible->setText(c.responsible);
    m_notes->setPlainText(c.notes);
    m_filling = false;
    m_showing = true;
    setEnabled(true);
    m_error->setVisible(false);
    revalidate();
}

void CaseFileEditor::setCaseFile(const CaseFile &c)
{
    m_loaded = c;
    m_title->setText(tr("Case file %1").arg(c.protocolNumber));
    m_delete->setVisible(true);
    fill(c);
}

void CaseFileEditor::startNew(const QString &authorityIstat)
{
    m_loaded.reset();
    m_blank = CaseFile();
    m_blank.authorityIstat = authorityIstat;
    m_blank.startDate = QDate::currentDate();
    m_title->setText(tr("New case file"));
    m_delete->setVisible(false);
    fill(m_blank);
    m_protocol->setFocus();
}

void CaseFileEditor::clear()
{
    m_loaded.reset();
    m_blank = CaseFile();
    m_title->setText(tr("No case file selected: choose one in the list, or create a new one."));
    fill(m_blank);
    m_showing = false;
    for (QLabel *label : std::as_const(m_problemLabels))
        label->setVisible(false);
    m_save->setEnabled(false);
    m_delete->setVisible(false);
    setEnabled(false);
    m_title->setEnabled(true);
}

bool CaseFileEditor::isModified() const
{
    const CaseFile now = caseFile();
    return !m_loaded || !(now == *m_loaded);
}

void CaseFileEditor::revalidate()
{
    if (m_filling)
        return;
    m_error->setVisible(false);
    showProblems(m_check ? m_check(caseFile()) : QList<FieldProblem>());
}

void CaseFileEditor::showProblems(const QList<FieldProblem> &problems)
{
    m_problems = problems;
    QHash<CaseFileField, QString> byField;
    for (const FieldProblem &p : problems)
        byField.insert(p.field, p.message);
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
        const QString text = byField.value(it.key());
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty() && m_showing);
        if (QWidget *field = m_fields.value(it.key()))
            field->setAccessibleDescription(text);
    }
    m_save->setEnabled(m_showing && problems.isEmpty() && isModified());
    m_save->setToolTip(problems.isEmpty() ? QString() : tr("Correct the fields marked below first"));
}

void CaseFileEditor::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString CaseFileEditor::problemText(CaseFileField field) const
{
    const QLabel *label = m_problemLabels.value(field);
    return label && label->isVisible() ? label->text() : QString();
}

QWidget *CaseFileEditor::fieldWidget(CaseFileField field) const
{
    return m_fields.value(field);
}

void CaseFileEditor::confirmDelete()
{
    if (!m_loaded)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Delete case file"),
                    tr("Delete case file %1? The deletion is sent to the portal at the next sync; "
                       "you can undo it with Ctrl+Z.").arg(m_loaded->protocolNumber),
                    QMessageBox::Cancel, this);
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == remove)
        Q_EMIT deleteRequested(m_loaded->id);
}

} // namespace pass
