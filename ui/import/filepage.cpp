#include "filepage.h"

#include "importwidgets.h"

#include "core/import/xlsxreader.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace pass {

using importui::buddyLabel;

ImportFilePage::ImportFilePage(QWidget *parent)
    : QWizardPage(parent),
      m_path(new QLineEdit),
      m_authority(new QLineEdit),
      m_encoding(new QComboBox),
      m_sheet(new QComboBox)
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("A CSV or Excel (XLSX) export of the office's registry."));
    m_path->setObjectName(u"path"_s);
    m_path->setAccessibleName(tr("File to import"));
    auto *browse = new QPushButton(tr("Br&owse…"));
    browse->setObjectName(u"browse"_s);
    browse->setAccessibleName(tr("Choose the file to import"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Import case files"), {},
                                                       tr("Registries (*.csv *.txt *.xlsx);;All files (*)"));
        if (!f.isEmpty())
            m_path->setText(f);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_path);
    row->addWidget(browse);
    m_authority->setObjectName(u"authority"_s);
    m_authority->setAccessibleName(tr("Authority of the file"));
    m_authority->setAccessibleDescription(tr("ISTAT code, when the file has no authority column"));
    m_authority->setPlaceholderText(tr("ISTAT code, when the file has no authority column"));
    m_encoding->setObjectName(u"encoding"_s);
    m_encoding->setAccessibleName(tr("Text encoding of the file"));
    m_encoding->addItem(tr("Detect"), int(TextEncoding::Auto));
    m_encoding->addItem(u"UTF-8"_s, int(TextEncoding::Utf8));
    m_encoding->addItem(u"Windows-1252 (ANSI)"_s, int(TextEncoding::Windows1252));
    m_encoding->addItem(u"UTF-16LE"_s, int(TextEncoding::Utf16LE));
    // A workbook can hold several registries, one per sheet: the user picks which one.
    m_sheet->setObjectName(u"sheet"_s);
    m_sheet->setAccessibleName(tr("Sheet of the workbook"));
    connect(m_path, &QLineEdit::textChanged, this, &ImportFilePage::listSheets);
    connect(m_path, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    listSheets();
    auto *form = new QFormLayout(this);
    form->addRow(buddyLabel(tr("Fi&le:"), m_path), row);
    form->addRow(buddyLabel(tr("S&heet:"), m_sheet), m_sheet);
    form->addRow(buddyLabel(tr("Au&thority:"), m_authority), m_authority);
    form->addRow(buddyLabel(tr("&Encoding:"), m_encoding), m_encoding);
    // In the order the user answers: which file, which sheet of it, then what it lacks.
    setTabOrder(m_path, browse);
    setTabOrder(browse, m_sheet);
    setTabOrder(m_sheet, m_authority);
    setTabOrder(m_authority, m_encoding);
}

QString ImportFilePage::path() const
{
    return m_path->text();
}

ImportMapping ImportFilePage::hints() const
{
    ImportMapping hints;
    hints.encoding = TextEncoding(m_encoding->currentData().toInt());
    hints.defaultAuthority = m_authority->text().trimmed();
    hints.sheet = m_sheet->currentData().toString();
    return hints;
}

bool ImportFilePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty();
}

void ImportFilePage::listSheets()
{
    m_sheet->clear();
    m_sheet->addItem(tr("The first with a header"), QString());
    const QString path = m_path->text().trimmed();
    if (QFileInfo(path).isFile()) {
        XlsxReader reader(path);
        if (reader.open()) {
            const QStringList names = reader.sheetNames();
            for (const QString &name : names)
                m_sheet->addItem(name, name);
        }
    }
    m_sheet->setEnabled(m_sheet->count() > 1); // a CSV file has no sheets
}

} // namespace pass
