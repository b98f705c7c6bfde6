#pragma once

#include "core/import/caseimporter.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace pass {

// The import wizard's second page: the column of the file for each field (matched by name, or
// by the mapping saved for these columns), what a row with an end date and no outcome means,
// the first rows of the file, and the saved mapping's columns the file lacks.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportMappingPage(QWidget *parent = nullptr);

    // Shows the preview of the file and the mapping proposed for it.
    void showPreview(const ImportPreview &preview, const ImportMapping &mapping);
    // Writes the columns and the ended-row outcome chosen on the page into `mapping`.
    void readInto(ImportMapping *mapping) const;

private:
    void showMissingColumns();

    QList<std::pair<ImportField, QString>> m_missing; // saved columns the file lacks, not mapped again yet
    QLabel *m_format;
    QLabel *m_missingColumns;
    QTableWidget *m_fields;
    QComboBox *m_endedOutcome;
    QTableWidget *m_sample;
};

} // namespace pass
