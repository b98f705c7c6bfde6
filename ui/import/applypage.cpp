#include "applypage.h"

#include "importlabels.h"

#include "core/import/importreport.h"

#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pass {

ImportApplyPage::ImportApplyPage(QWidget *parent)
    : QWizardPage(parent),
      m_progress(new QProgressBar),
      m_text(new QPlainTextEdit),
      m_cancel(new QPushButton(tr("Cancel the &import")))
{
    setTitle(tr("Import"));
    setFinalPage(true);
    m_progress->setAccessibleName(tr("Progress of the import"));
    m_text->setObjectName(u"applyText"_s);
    m_text->setAccessibleName(tr("Result of the import"));
    m_text->setReadOnly(true);
    m_cancel->setObjectName(u"cancelImport"_s);
    m_cancel->setAccessibleName(tr("Cancel the import"));
    connect(m_cancel, &QPushButton::clicked, this, &ImportApplyPage::cancelRequested);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addWidget(m_text);
}

void ImportApplyPage::importStarted()
{
    m_cancel->setEnabled(true);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
}

void ImportApplyPage::importFinished(const ImportReport &report)
{
    m_cancel->setEnabled(false);
    if (report.cancelled)
        m_progress->reset();
    else
        m_progress->setValue(1000);
    m_text->setPlainText(report.toText([](const QString &field) { return importFieldLabel(field); }));
}

} // namespace pass
