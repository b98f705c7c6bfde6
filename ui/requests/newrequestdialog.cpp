#include "newrequestdialog.h"

#include "core/domain/requestlabels.h"
#include "core/workspace/workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pass {

NewRequestDialog::NewRequestDialog(Workspace *workspace, WorkflowActor actor, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_actor(std::move(actor))
{
    setWindowTitle(tr("New support request"));
    m_taskForce = new QComboBox;
    for (const TaskForce &tf : workspace->taskForces())
        m_taskForce->addItem(tf.nameIt, tf.code);
    m_procedures = new QListWidget;
    m_procedures->setMaximumHeight(140);
    m_kind = new QComboBox;
    for (RequestKind k : {RequestKind::Technical, RequestKind::Legal, RequestKind::Coaching, RequestKind::Training,
                          RequestKind::FocusGroup})
        m_kind->addItem(requestKindLabel(k), int(k));
    m_subject = new QLineEdit;
    m_description = new QPlainTextEdit;
    m_priority = new QComboBox;
    for (Priority p : {Priority::Low, Priority::Normal, Priority::High, Priority::Urgent})
        m_priority->addItem(priorityLabel(p), int(p));
    m_priority->setCurrentIndex(1);
    m_error = new QLabel;
    m_error->setStyleSheet(u"color: #b00020"_s);
    m_error->setWordWrap(true);

    m_taskForce->setAccessibleName(tr("Task force"));
    m_procedures->setAccessibleName(tr("Procedures"));
    m_kind->setAccessibleName(tr("Kind"));
    m_subject->setAccessibleName(tr("Subject"));
    m_description->setAccessibleName(tr("Description"));
    m_priority->setAccessibleName(tr("Priority"));
    m_description->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Task force:"), m_taskForce);
    form->addRow(tr("&Procedures:"), m_procedures);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("P&riority:"), m_priority);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_draft = buttons->addButton(tr("Save as &draft"), QDialogButtonBox::ActionRole);
    m_submit = buttons->addButton(tr("S&ubmit"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_draft, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_submit, &QPushButton::clicked, this, [this] { save(true); });
    connect(m_taskForce, &QComboBox::currentIndexChanged, this, &NewRequestDialog::fillProcedures);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    fillProcedures();
    resize(560, 520);
}

void NewRequestDialog::fillProcedures()
{
    m_procedures->clear();
    const QString taskForce = m_taskForce->currentData().toString();
    for (const ProcedureType &p : m_workspace->procedureTypes()) {
        if (p.taskForceCode != taskForce)
            continue;
        auto *item = new QListWidgetItem(u"%1 — %2"_s.arg(p.code, p.name), m_procedures);
        item->setData(Qt::UserRole, p.code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void NewRequestDialog::save(bool submit)
{
    SupportRequest r;
    r.authorityIstat = m_actor.authorities.value(0);
    r.taskForceCode = m_taskForce->currentData().toString();
    for (int i = 0; i < m_procedures->count(); ++i) {
        if (m_procedures->item(i)->checkState() == Qt::Checked)
            r.procedureCodes << m_procedures->item(i)->data(Qt::UserRole).toString();
    }
    r.kind = RequestKind(m_kind->currentData().toInt());
    r.subject = m_subject->text().trimmed();
    r.description = m_description->toPlainText().trimmed();
    r.priority = Priority(m_priority->currentData().toInt());
    RequestService service = m_workspace->requests().service();
    if (!service.create(&r, submit)) {
        m_error->setText(service.error());
        return;
    }
    m_id = r.id;
    accept();
}

} // namespace pass
