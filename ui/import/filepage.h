#pragma once

#include "core/import/importmapping.h"

#include <QWizardPage>

class QComboBox;
class QLineEdit;

namespace pass {

// The import wizard's first page: the file (CSV or XLSX), the sheet of a workbook, the
// authority of a file without an authority column and the text encoding. Complete once a file
// is named.
class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(QWidget *parent = nullptr);

    QString path() const;
    // What the page says about reading the file: encoding, authority, sheet.
    ImportMapping hints() const;
    bool isComplete() const override;

private:
    void listSheets();

    QLineEdit *m_path;
    QLineEdit *m_authority;
    QComboBox *m_encoding;
    QComboBox *m_sheet;
};

} // namespace pass
