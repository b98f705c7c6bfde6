#include "conflictdialog.h"
#include "syncreadproblem.h"

#include "core/casefiles/casefilefield.h"
#include "core/domain/requestlabels.h"
#include "core/store/casefilecodec.h"
#include "core/workspace/synccontroller.h"
#include "core/workspace/workspace.h"
#include "ui/common/unreadablechoices.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pass {
namespace {

QString text(const QJsonValue &v, const QString &whenNull)
{
    if (v.isNull() || v.isUndefined())
        return whenNull;
    if (v.isArray()) { // experts, procedures: a list people read
        QStringList items;
        for (const QJsonValue &item : v.toArray())
            items << (item.isString() ? item.toString() : CaseFileCodec::fieldText(QJsonObject{{u"v"_s, item}}, u"v"_s));
        return items.isEmpty() ? whenNull : items.join(u", "_s);
    }
    return CaseFileCodec::fieldText(QJsonObject{{u"v"_s, v}}, u"v"_s);
}

// The field as people call it, whichever kind of record it belongs to.
QString fieldLabel(const QString &entity, const QString &field)
{
    return entity == u"case_file" ? caseFileFieldLabel(field) : requestFieldLabel(field);
}

} // namespace

ConflictDialog::ConflictDialog(Workspace *workspace, QWidget *parent) : QDialog(parent), m_workspace(workspace)
{
    setWindowTitle(tr("Sync conflicts"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("These fields were changed both here and on the portal, or a record was "
                                    "deleted on one side and edited on the other. Choose which version to keep."), this));
    // Base, this PC, the portal: the order of a three-way merge, for case files, requests and
    // visits alike.
    m_problem = UnreadableChoices::problemLabel(tr("Problem reading the conflicts"), this);
    layout->addWidget(m_problem);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"conflicts"_s);
    m_table->setAccessibleName(tr("Sync conflicts"));
    m_table->setHorizontalHeaderLabels(
        {tr("Record"), tr("Field"), tr("Before (base)"), tr("On this PC"), tr("On the portal")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_keepMine = buttons->addButton(tr("Keep mine"), QDialogButtonBox::ActionRole);
    m_keepMine->setObjectName(u"keepMine"_s);
    m_keepMine->setToolTip(tr("Keep the value on this PC; it is sent to the portal at the next sync"));
    m_takeTheirs = buttons->addButton(tr("Take theirs"), QDialogButtonBox::ActionRole);
    m_takeTheirs->setObjectName(u"takeTheirs"_s);
    m_takeTheirs->setToolTip(tr("Take the portal's value"));
    connect(m_keepMine, &QPushButton::clicked, this, [this] { resolveSelected(true); });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] { resolveSelected(false); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ConflictDialog::updateButtons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 420);
    connect(workspace, &Workspace::changed, this, [this](const ChangeSet &changes) {
        if (changes.touches(ChangeSet::Entity::Conflict))
            reload();
    });
    reload();
}

// Which record a conflict is about, as people know it: a case file by its protocol, a request by
// its subject, a visit by its date and expert.
// A record that cannot be read is named by the start of its id, and `error` says why.
QString ConflictDialog::recordLabel(const QString &entity, const QString &id, QString *error) const
{
    if (entity == u"case_file") {
        const auto c = m_workspace->caseFile(id, error);
        return tr("Case file %1").arg(c ? c->protocolNumber : id.left(8));
    }
    const RequestDesk desk = m_workspace->requests();
    if (entity == u"support_request") {
        const auto r = desk.request(id, error);
        return tr("Request: %1").arg(r ? r->subject : id.left(8));
    }
    if (entity == u"visit") {
        const auto v = desk.visit(id, error);
        return v ? tr("Visit of %1 (%2)").arg(QLocale().toString(v->date, QLocale::ShortFormat), v->expert)
                 : tr("Visit %1").arg(id.left(8));
    }
    if (entity == u"request_message")
        return tr("Message %1").arg(id.left(8));
    return entity + u' ' + id.left(8);
}

void ConflictDialog::reload()
{
    QString error;
    const QList<ConflictStore::Conflict> open = m_workspace->sync()->openConflicts(&error);
    m_table->setRowCount(int(open.size()));
    // The first record that could not be read: its row still shows, named by its id.
    QString recordError;
    for (int row = 0; row < open.size(); ++row) {
        const ConflictStore::Conflict &c = open[row];
        const bool whole = c.field == ConflictStore::kWholeRecord;
        QStringList cells(ColumnCount);
        QString readError;
        cells[RecordColumn] = recordLabel(c.entity, c.recordId, &readError);
        if (recordError.isEmpty())
            recordError = readError;
        cells[FieldColumn] = whole ? tr("(whole record)") : fieldLabel(c.entity, c.field);
        cells[BaseColumn] = whole ? QString() : text(c.base, tr("(empty)"));
        cells[MineColumn] = whole ? (c.mine.isNull() ? tr("deleted") : tr("edited")) : text(c.mine, tr("(empty)"));
        cells[TheirsColumn] = whole ? (c.theirs.isNull() ? tr("deleted") : tr("changed")) : text(c.theirs, tr("(empty)"));
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            item->setData(Qt::UserRole, c.id);
            item->setToolTip(cells[col]);
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeColumnsToContents();
    // An unreadable list is not an empty one: say so instead of showing no rows.
    if (!error.isEmpty())
        m_problem->setText(SyncReadProblem::conflictsUnreadable(error));
    else if (!recordError.isEmpty())
        m_problem->setText(SyncReadProblem::recordsUnreadable(recordError));
    m_problem->setVisible(!error.isEmpty() || !recordError.isEmpty());
    updateButtons();
}

void ConflictDialog::updateButtons()
{
    const bool any = m_table->selectionModel()->hasSelection();
    m_keepMine->setEnabled(any);
    m_takeTheirs->setEnabled(any);
}

void ConflictDialog::resolveSelected(bool mine)
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        const qint64 id = m_table->item(index.row(), 0)->data(Qt::UserRole).toLongLong();
        QString error;
        if (!m_workspace->sync()->resolveConflict(id, mine ? ConflictStore::Choice::Mine : ConflictStore::Choice::Theirs, &error))
            QMessageBox::warning(this, windowTitle(), error);
    }
    reload();
}

} // namespace pass
