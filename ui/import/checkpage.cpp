#include "checkpage.h"

#include "choicedelegate.h"
#include "importlabels.h"
#include "importwidgets.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pass {

using importui::buddyLabel;
using importui::readOnlyItem;

namespace {

// The report as an office reads it: fields by their labels, not by the importer's keys.
QString reportText(const ImportReport &report)
{
    return report.toText([](const QString &field) { return importFieldLabel(field); });
}

} // namespace

ImportCheckPage::ImportCheckPage(QWidget *parent)
    : QWizardPage(parent),
      m_progress(new QProgressBar),
      m_cancel(new QPushButton(tr("Cancel the chec&k"))),
      m_text(new QPlainTextEdit),
      m_changes(new QTableWidget(0, 4)),
      m_changesTitle(buddyLabel(tr("C&hanges to existing case files:"), m_changes)),
      m_unknown(new QTableWidget(0, 3)),
      m_recheck(new QPushButton(tr("Check &again"))),
      m_saveRejects(new QPushButton(tr("&Save rejected rows…"))),
      m_allOrNothing(new QRadioButton(tr("Import &only if every row is valid"))),
      m_validOnly(new QRadioButton(tr("Import the &valid rows, leave out the others")))
{
    setTitle(tr("Check"));
    setSubTitle(tr("What the import would do. Nothing has been changed yet."));
    m_progress->setAccessibleName(tr("Progress of the check"));
    m_cancel->setObjectName(u"cancelCheck"_s);
    m_cancel->setAccessibleName(tr("Cancel the check"));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, &ImportCheckPage::cancelRequested);
    m_text->setObjectName(u"checkText"_s);
    m_text->setAccessibleName(tr("Result of the check"));
    m_text->setReadOnly(true);
    m_changes->setObjectName(u"changes"_s);
    m_changes->setAccessibleName(tr("Changes to existing case files"));
    m_changes->setAccessibleDescription(tr("One row per changed field: case file, field, value before and after."));
    m_changes->setHorizontalHeaderLabels({tr("Case file"), tr("Field"), tr("Before"), tr("After")});
    m_changes->horizontalHeader()->setStretchLastSection(true);
    m_changes->verticalHeader()->hide();
    importui::makeReadOnly(m_changes);
    m_changesTitle->setObjectName(u"changesTitle"_s);
    m_unknown->setObjectName(u"unknown"_s);
    m_unknown->setAccessibleName(tr("Values the importer does not know"));
    m_unknown->setAccessibleDescription(tr("For each value, choose what it means in the last column (F2 opens the list)."));
    m_unknown->setHorizontalHeaderLabels({tr("Column"), tr("Value"), tr("Means")});
    m_unknown->horizontalHeader()->setStretchLastSection(true);
    m_unknown->verticalHeader()->hide();
    importui::makeChoiceTable(m_unknown, 2);
    m_recheck->setObjectName(u"recheck"_s);
    m_recheck->setAccessibleName(tr("Check again with the meanings given"));
    connect(m_recheck, &QPushButton::clicked, this, &ImportCheckPage::recheckRequested);
    m_saveRejects->setObjectName(u"saveRejects"_s);
    m_saveRejects->setAccessibleName(tr("Save the rejected rows as CSV"));
    m_saveRejects->setEnabled(false);
    connect(m_saveRejects, &QPushButton::clicked, this, &ImportCheckPage::saveRejectsRequested);
    m_allOrNothing->setChecked(true);
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_cancel);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_recheck);
    buttons->addWidget(m_saveRejects);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(progress);
    layout->addWidget(m_text, 2);
    layout->addWidget(m_changesTitle);
    layout->addWidget(m_changes, 2);
    layout->addWidget(buddyLabel(tr("Values the importer does not know: say what they &mean, then check again."),
                                 m_unknown));
    layout->addWidget(m_unknown, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_allOrNothing);
    layout->addWidget(m_validOnly);
    setTabOrder(m_cancel, m_text);
    setTabOrder(m_text, m_changes);
    setTabOrder(m_changes, m_unknown);
    setTabOrder(m_unknown, m_recheck);
    setTabOrder(m_recheck, m_saveRejects);
    setTabOrder(m_saveRejects, m_allOrNothing);
    setTabOrder(m_allOrNothing, m_validOnly);
}

bool ImportCheckPage::isComplete() const
{
    return m_checked && QWizardPage::isComplete();
}

ApplyPolicy ImportCheckPage::policy() const
{
    return m_validOnly->isChecked() ? ApplyPolicy::ValidRowsOnly : ApplyPolicy::AllOrNothing;
}

void ImportCheckPage::checkStarted()
{
    m_checked = false;
    Q_EMIT completeChanged();
    m_saveRejects->setEnabled(false);
    m_recheck->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
}

void ImportCheckPage::checkFinished(const ImportReport &report)
{
    m_recheck->setEnabled(true);
    m_cancel->setEnabled(false);
    // A cancelled run does not look finished (the importer reports its end position anyway).
    if (report.cancelled)
        m_progress->reset();
    else
        m_progress->setValue(1000);
    m_checked = report.ok();
    Q_EMIT completeChanged();
    ImportReport shown = report;
    shown.rejectsFile.clear(); // a scratch file of the wizard's: the user saves it where they like
    m_text->setPlainText(reportText(shown));
    showChanges(report);
    showUnknownValues(report);
    m_saveRejects->setEnabled(m_checked && report.rejected > 0);
}

void ImportCheckPage::appendText(const QString &line)
{
    m_text->appendPlainText(line);
}

void ImportCheckPage::readMeaningsInto(ImportMapping *mapping) const
{
    for (int r = 0; r < m_unknown->rowCount(); ++r) {
        const auto field = importFieldFromName(m_unknown->item(r, 0)->data(Qt::UserRole).toString());
        const QTableWidgetItem *meaning = m_unknown->item(r, 2);
        if (!meaning || !field)
            continue;
        // Procedure codes can be typed: the value is then the text typed.
        mapping->setValue(*field, m_unknown->item(r, 1)->text(),
                          meaning->data(ChoiceDelegate::ValueRole).toString().trimmed());
    }
}

void ImportCheckPage::showChanges(const ImportReport &report)
{
    m_changes->setRowCount(0);
    if (!report.ok()) {
        m_changesTitle->setText(tr("C&hanges to existing case files:")); // not known: the check did not finish
        return;
    }
    if (report.changeCount == 0) {
        m_changesTitle->setText(tr("C&hanges to existing case files: none."));
        return;
    }
    QString title = tr("C&hanges to existing case files: %1 fields in %2 case files.").arg(report.changeCount).arg(report.updated);
    if (report.changeCount > report.changes.size())
        title += u' ' + tr("The first %1 are listed.").arg(report.changes.size());
    m_changesTitle->setText(title);
    m_changes->setRowCount(int(report.changes.size()));
    for (int r = 0; r < report.changes.size(); ++r) {
        const ImportChange &c = report.changes.at(r);
        m_changes->setItem(r, 0, readOnlyItem(tr("%1, protocol %2").arg(c.authorityIstat, c.protocolNumber)));
        m_changes->setItem(r, 1, readOnlyItem(importFieldLabel(c.field)));
        m_changes->setItem(r, 2, readOnlyItem(importValueText(c.field, c.before)));
        m_changes->setItem(r, 3, readOnlyItem(importValueText(c.field, c.after)));
    }
    m_changes->resizeColumnsToContents();
}

void ImportCheckPage::showUnknownValues(const ImportReport &report)
{
    m_unknown->setRowCount(0);
    for (auto f = report.unknownValues.cbegin(); f != report.unknownValues.cend(); ++f) {
        if (f.key() != u"outcome" && f.key() != u"procedure_code")
            continue; // the others are fixed in the file, not by a meaning
        for (auto v = f->cbegin(); v != f->cend(); ++v) {
            const int r = m_unknown->rowCount();
            m_unknown->insertRow(r);
            auto *field = readOnlyItem(importFieldLabel(f.key()));
            field->setData(Qt::UserRole, f.key());
            m_unknown->setItem(r, 0, field);
            m_unknown->setItem(r, 1, readOnlyItem(v.key()));
            auto *meaning = new QTableWidgetItem;
            if (f.key() == u"outcome") {
                ChoiceDelegate::setChoices(meaning,
                                           {tr("(ask again)"), outcomeLabel(u"express"_s), outcomeLabel(u"tacit"_s),
                                            outcomeLabel(u"withdrawn"_s), outcomeLabel(u"open"_s)},
                                           {QString(), u"express"_s, u"tacit"_s, u"withdrawn"_s, u"open"_s}, QString());
            } else {
                // A catalogue code, typed.
                ChoiceDelegate::setChoices(meaning, {tr("(ask again)")}, {QString()}, QString(), true);
            }
            m_unknown->setItem(r, 2, meaning);
        }
    }
    if (m_unknown->rowCount() > 0)
        m_unknown->setCurrentCell(0, 2);
}

} // namespace pass
