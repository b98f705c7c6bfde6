#include "mappingpage.h"

#include "choicedelegate.h"
#include "importlabels.h"
#include "importwidgets.h"

#include "ui/common/domainlabels.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pass {

using importui::buddyLabel;

ImportMappingPage::ImportMappingPage(QWidget *parent)
    : QWizardPage(parent),
      m_format(new QLabel),
      m_missingColumns(new QLabel),
      m_fields(new QTableWidget(kImportFieldCount, 2)),
      m_endedOutcome(new QComboBox),
      m_sample(new QTableWidget)
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Columns were matched by their names; correct them where needed."));
    m_format->setObjectName(u"format"_s);
    m_format->setAccessibleName(tr("Detected format"));
    // A saved mapping may name columns this file no longer has: said before the check, here
    // where the field is mapped again.
    m_missingColumns->setObjectName(u"missingColumns"_s);
    m_missingColumns->setWordWrap(true);
    m_missingColumns->setTextFormat(Qt::PlainText);
    m_missingColumns->setAccessibleName(tr("Columns of the saved mapping missing from the file"));
    m_missingColumns->hide();
    m_fields->setObjectName(u"fields"_s);
    m_fields->setAccessibleName(tr("Column of the file for each field"));
    m_fields->setAccessibleDescription(tr("Arrow keys choose a field; F2 or a letter opens its list of columns, "
                                          "Enter confirms."));
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Column of the file")});
    m_fields->horizontalHeader()->setStretchLastSection(true);
    m_fields->verticalHeader()->hide();
    importui::makeChoiceTable(m_fields, 1);
    // A field mapped again drops its warning.
    connect(m_fields, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == 1 && item->data(ChoiceDelegate::ValueRole).toInt() >= 0
            && m_missing.removeIf([item](const auto &m) { return int(m.first) == item->row(); }) > 0)
            showMissingColumns();
    });
    m_endedOutcome->setObjectName(u"endedOutcome"_s);
    m_endedOutcome->setAccessibleName(tr("Outcome of a row with an end date and no outcome"));
    m_endedOutcome->addItem(tr("Report the row"), QString());
    for (const Outcome outcome : {Outcome::Express, Outcome::Tacit, Outcome::Withdrawn})
        m_endedOutcome->addItem(DomainLabels::outcome(outcome), toWireName(outcome));
    m_sample->setObjectName(u"sample"_s);
    m_sample->setAccessibleName(tr("First rows of the file"));
    importui::makeReadOnly(m_sample);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_format);
    layout->addWidget(m_missingColumns);
    layout->addWidget(m_fields, 2);
    auto *ended = new QFormLayout;
    ended->addRow(buddyLabel(tr("A row with an end date and no &outcome:"), m_endedOutcome), m_endedOutcome);
    layout->addLayout(ended);
    layout->addWidget(buddyLabel(tr("Fi&rst rows of the file:"), m_sample));
    layout->addWidget(m_sample, 1);
    setTabOrder(m_fields, m_endedOutcome);
    setTabOrder(m_endedOutcome, m_sample);
}

void ImportMappingPage::showPreview(const ImportPreview &preview, const ImportMapping &mapping)
{
    m_missing = mapping.missingColumns();
    showMissingColumns();
    m_format->setText(preview.error.isEmpty() ? tr("%1 — header at %2").arg(preview.format, preview.headerAt)
                                              : tr("The file cannot be read: %1").arg(preview.error));
    QStringList columns{tr("(not in the file)")};
    QVariantList numbers{-1};
    for (qsizetype c = 0; c < preview.header.size(); ++c) {
        columns << preview.header.at(c);
        numbers << int(c);
    }
    for (int i = 0; i < kImportFieldCount; ++i) {
        const auto f = ImportField(i);
        m_fields->setItem(i, 0, importui::readOnlyItem(importFieldLabel(f)));
        auto *column = new QTableWidgetItem;
        ChoiceDelegate::setChoices(column, columns, numbers, mapping.column(f));
        m_fields->setItem(i, 1, column);
    }
    m_fields->resizeColumnToContents(0);
    m_fields->setCurrentCell(0, 1); // the keyboard starts on the first choice
    m_endedOutcome->setCurrentIndex(std::max(0, m_endedOutcome->findData(mapping.endedOutcome)));
    m_sample->clear();
    m_sample->setColumnCount(int(preview.header.size()));
    m_sample->setHorizontalHeaderLabels(preview.header);
    m_sample->setRowCount(int(preview.sample.size()));
    for (qsizetype r = 0; r < preview.sample.size(); ++r) {
        for (qsizetype c = 0; c < preview.sample.at(r).size() && c < preview.header.size(); ++c)
            m_sample->setItem(int(r), int(c), new QTableWidgetItem(preview.sample.at(r).at(c)));
    }
}

void ImportMappingPage::readInto(ImportMapping *mapping) const
{
    for (int i = 0; i < kImportFieldCount; ++i) {
        if (const QTableWidgetItem *column = m_fields->item(i, 1))
            mapping->setColumn(ImportField(i), column->data(ChoiceDelegate::ValueRole).toInt());
    }
    mapping->endedOutcome = m_endedOutcome->currentData().toString();
}

void ImportMappingPage::showMissingColumns()
{
    QStringList lines;
    for (const auto &[field, column] : std::as_const(m_missing)) {
        lines << tr("Warning: %1").arg(ImportReport::missingColumnWarning({importFieldName(field), column},
                                                                          [](const QString &f) { return importFieldLabel(f); }));
    }
    m_missingColumns->setText(lines.join(u'\n'));
    m_missingColumns->setVisible(!lines.isEmpty());
}

} // namespace pass
