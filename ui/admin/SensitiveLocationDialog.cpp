#include "ui/admin/SensitiveLocationDialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>

#include <algorithm>

namespace pl::ui {

SensitiveLocationDialog::SensitiveLocationDialog(
    const std::optional<core::SensitiveLocation>& location, QWidget* parent)
    : FormDialog(location ? tr("Change sensitive location %1").arg(location->name)
                          : tr("Add a sensitive location"),
                 parent)
    , m_name(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_latitude(new QLineEdit(this))
    , m_longitude(new QLineEdit(this))
    , m_note(new QLineEdit(this)) {
    setObjectName(QStringLiteral("sensitiveLocationDialog"));
    setIntro(tr("The map marks this place and cautions investigators about reads near it. "
                "The change is recorded in the audit trail."));
    setSubmitText(location ? tr("Save changes") : tr("Add location"));

    m_name->setObjectName(QStringLiteral("name"));
    m_name->setMaxLength(200);
    m_name->setPlaceholderText(tr("required, e.g. Elm Street Elementary"));
    m_category->setObjectName(QStringLiteral("category"));
    for (const QString& category : core::SensitiveLocation::categories())
        m_category->addItem(core::SensitiveLocation::categoryLabel(category), category);
    m_latitude->setObjectName(QStringLiteral("latitude"));
    m_latitude->setPlaceholderText(tr("latitude, e.g. 30.2672"));
    m_longitude->setObjectName(QStringLiteral("longitude"));
    m_longitude->setPlaceholderText(tr("longitude, e.g. -97.7431"));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setMaxLength(500);
    m_note->setPlaceholderText(tr("optional"));

    if (location) {
        m_name->setText(location->name);
        m_category->setCurrentIndex(std::max(0, m_category->findData(location->category)));
        m_latitude->setText(QLocale::c().toString(location->latitude, 'f', 6));
        m_longitude->setText(QLocale::c().toString(location->longitude, 'f', 6));
        m_note->setText(location->note);
    }

    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&Category:"), m_category);
    form()->addRow(tr("&Position (decimal degrees):"), locationRow(m_latitude, m_longitude));
    form()->addRow(tr("N&ote:"), m_note);
    setMinimumWidth(500);
    adjustSize();
}

std::optional<core::SensitiveLocationInput> SensitiveLocationDialog::input() {
    std::optional<double> latitude;
    std::optional<double> longitude;
    if (!location(m_latitude, m_longitude, latitude, longitude))
        return std::nullopt;
    if (!latitude || !longitude) {
        showError(tr("Give the location's latitude and longitude."));
        m_latitude->setFocus();
        return std::nullopt;
    }
    core::SensitiveLocationInput input;
    input.name = m_name->text();
    input.category = m_category->currentData().toString();
    input.latitude = *latitude;
    input.longitude = *longitude;
    input.note = m_note->text();
    return input;
}

} // namespace pl::ui
