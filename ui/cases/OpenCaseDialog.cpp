#include "ui/cases/OpenCaseDialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace pl::ui {

OpenCaseDialog::OpenCaseDialog(const QList<core::OffenseCategory>& offenses,
                               const QList<core::CaseLead>& leads, qint64 me, QWidget* parent)
    : FormDialog(tr("Open a case"), parent)
    , m_number(new QLineEdit(this))
    , m_title(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_offense(new QComboBox(this))
    , m_lead(new QComboBox(this)) {
    setObjectName(QStringLiteral("openCaseDialog"));
    setIntro(tr("Searches are made for a case. An open case also keeps its linked reads past "
                "the retention period until it is closed."));
    setSubmitText(tr("Open case"));

    m_number->setObjectName(QStringLiteral("caseNumber"));
    m_number->setMaxLength(64);
    m_number->setPlaceholderText(tr("e.g. 2026-00417"));
    m_title->setObjectName(QStringLiteral("caseTitle"));
    m_title->setMaxLength(200);
    m_kind->setObjectName(QStringLiteral("caseKind"));
    for (core::CaseFile::Kind kind :
         {core::CaseFile::Kind::Administrative, core::CaseFile::Kind::Criminal})
        m_kind->addItem(core::CaseFile::kindLabel(kind), core::CaseFile::kindName(kind));
    m_offense->setObjectName(QStringLiteral("offense"));
    m_offense->addItem(tr("Choose the offense category…"), QString());
    for (const core::OffenseCategory& offense : offenses)
        m_offense->addItem(
            tr("%1 (searches up to %n year(s) back)", nullptr, offense.years).arg(offense.label),
            offense.code);

    form()->addRow(tr("Case &number:"), m_number);
    form()->addRow(tr("&Title:"), m_title);
    form()->addRow(tr("&Kind:"), m_kind);
    form()->addRow(tr("&Offense:"), m_offense);
    m_lead->setObjectName(QStringLiteral("caseLead"));
    for (const core::CaseLead& lead : leads)
        m_lead->addItem(tr("%1 (%2)").arg(lead.displayName, lead.name), lead.userId);
    if (const int mine = m_lead->findData(me); mine >= 0)
        m_lead->setCurrentIndex(mine);
    form()->addRow(tr("&Lead:"), m_lead);
    form()->setRowVisible(m_lead, m_lead->count() > 0);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &OpenCaseDialog::kindChanged);
    kindChanged();
    setMinimumWidth(480);
    adjustSize(); // wrapped intro lines need their height at this width
}

void OpenCaseDialog::kindChanged() {
    const bool criminal = m_kind->currentData().toString() ==
                          core::CaseFile::kindName(core::CaseFile::Kind::Criminal);
    form()->setRowVisible(m_offense, criminal);
}

std::optional<core::NewCase> OpenCaseDialog::request() {
    core::NewCase request;
    request.number = m_number->text().trimmed();
    request.title = m_title->text().trimmed();
    if (m_lead->count() > 0)
        request.leadUserId = m_lead->currentData().toLongLong();
    request.kind = core::CaseFile::kindFromName(m_kind->currentData().toString())
                       .value_or(core::CaseFile::Kind::Administrative);
    if (request.number.isEmpty()) {
        showError(tr("Enter the case number."));
        m_number->setFocus();
        return std::nullopt;
    }
    if (request.title.isEmpty()) {
        showError(tr("Enter a title that says what the case is about."));
        m_title->setFocus();
        return std::nullopt;
    }
    if (request.kind == core::CaseFile::Kind::Criminal) {
        request.offense = m_offense->currentData().toString();
        if (request.offense.isEmpty()) {
            showError(tr("Choose the offense category of this criminal case: it sets how far "
                         "back its searches may look."));
            m_offense->setFocus();
            return std::nullopt;
        }
    }
    return request;
}

} // namespace pl::ui
