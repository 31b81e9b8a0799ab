#include "ui/common/FormDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace pl::ui {

FormDialog::FormDialog(const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_form(new QFormLayout)
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(title);
    m_intro->setWordWrap(true);
    m_intro->hide();
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("submitButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        clearError();
        Q_EMIT submitted();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void FormDialog::setIntro(const QString& text) {
    m_intro->setText(text);
    m_intro->setVisible(!text.isEmpty());
}

void FormDialog::setSubmitText(const QString& text) {
    submitButton()->setText(text);
}

QPushButton* FormDialog::submitButton() const {
    return m_buttons->button(QDialogButtonBox::Ok);
}

void FormDialog::showError(const QString& message) {
    m_error->setText(message);
    m_error->show();
    // The window does not grow by itself for wrapped text: without this the
    // new line squeezes the introduction until it is cut off.
    if (isVisible())
        adjustSize();
}

void FormDialog::clearError() {
    m_error->clear();
    m_error->hide();
}

std::optional<double> FormDialog::coordinate(QLineEdit* edit, double limit, const QString& error,
                                             bool& ok) {
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool parsed = false;
    double value = QLocale::c().toDouble(text, &parsed);
    if (!parsed)
        value = QLocale().toDouble(text, &parsed);
    if (!parsed || !std::isfinite(value) || std::abs(value) > limit) {
        showError(error.arg(text));
        edit->setFocus();
        ok = false;
        return std::nullopt;
    }
    return value;
}

bool FormDialog::location(QLineEdit* latitudeEdit, QLineEdit* longitudeEdit,
                          std::optional<double>& latitude, std::optional<double>& longitude) {
    bool ok = true;
    latitude =
        coordinate(latitudeEdit, 90.0,
                   tr("The latitude \"%1\" is not a number from -90 to 90 (decimal degrees)."), ok);
    if (!ok)
        return false;
    longitude = coordinate(
        longitudeEdit, 180.0,
        tr("The longitude \"%1\" is not a number from -180 to 180 (decimal degrees)."), ok);
    if (!ok)
        return false;
    if (latitude.has_value() != longitude.has_value()) {
        showError(tr("A fixed location needs both a latitude and a longitude."));
        (latitude ? longitudeEdit : latitudeEdit)->setFocus();
        return false;
    }
    return true;
}

QWidget* FormDialog::locationRow(QLineEdit* latitudeEdit, QLineEdit* longitudeEdit) {
    auto* location = new QWidget(this);
    auto* row = new QHBoxLayout(location);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(latitudeEdit);
    row->addWidget(longitudeEdit);
    location->setFocusProxy(latitudeEdit);
    return location;
}

} // namespace pl::ui
