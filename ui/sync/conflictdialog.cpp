#include "conflictdialog.h"

#include "core/store/casefilecodec.h"
#include "core/workspace/synccontroller.h"
#include "core/workspace/workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
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
    return CaseFileCodec::fieldText(QJsonObject{{u"v"_s, v}}, u"v"_s);
}

} // namespace

ConflictDialog::ConflictDialog(Workspace *workspace, QWidget *parent) : QDialog(parent), m_workspace(workspace)
{
    setWindowTitle(tr("Sync conflicts"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("These fields were changed both here and on the portal, or a record was "
                                    "deleted on one side and edited on the other. Choose which version to keep."), this));
    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels({tr("Record"), tr("Field"), tr("Mine"), tr("Theirs (portal)"), tr("Before")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *mine = buttons->addButton(tr("Keep mine"), QDialogButtonBox::ActionRole);
    QPushButton *theirs = buttons->addButton(tr("Take theirs"), QDialogButtonBox::ActionRole);
    connect(mine, &QPushButton::clicked, this, [this] { resolveSelected(true); });
    connect(theirs, &QPushButton::clicked, this, [this] { resolveSelected(false); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 420);
    connect(workspace, &Workspace::changed, this, [this](const ChangeSet &changes) {
        if (changes.touches(ChangeSet::Entity::Conflict))
            reload();
    });
    reload();
}

void ConflictDialog::reload()
{
    const QList<ConflictStore::Conflict> open = m_workspace->sync()->openConflicts();
    m_table->setRowCount(int(open.size()));
    for (int row = 0; row < open.size(); ++row) {
        const ConflictStore::Conflict &c = open[row];
        const bool whole = c.field == ConflictStore::kWholeRecord;
        const QStringList cells{c.entity + u' ' + c.recordId.left(8),
                                whole ? tr("(whole record)") : c.field,
                                whole ? (c.mine.isNull() ? tr("deleted") : tr("edited")) : text(c.mine, tr("(empty)")),
                                whole ? (c.theirs.isNull() ? tr("deleted") : tr("changed")) : text(c.theirs, tr("(empty)")),
                                whole ? QString() : text(c.base, tr("(empty)"))};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            item->setData(Qt::UserRole, c.id);
            m_table->setItem(row, col, item);
        }
    }
    m_table->resizeColumnsToContents();
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
