#include "ui/import/TimeZoneBox.h"

#include <QCompleter>
#include <QLineEdit>
#include <QTimeZone>

namespace pl::ui {

TimeZoneBox::TimeZoneBox(bool withAutomatic, QWidget* parent)
    : QComboBox(parent)
    , m_withAutomatic(withAutomatic) {
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(20);
    if (m_withAutomatic)
        addItem(tr("Automatic"));
    const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
    for (const QByteArray& id : ids)
        addItem(QString::fromUtf8(id));
    // Typing "chicago" finds America/Chicago.
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    lineEdit()->setPlaceholderText(tr("e.g. America/Chicago"));
}

QString TimeZoneBox::zoneId() const {
    if (isAutomatic())
        return {};
    return currentText().trimmed();
}

bool TimeZoneBox::isAutomatic() const {
    return m_withAutomatic && currentIndex() == 0 && currentText() == itemText(0);
}

bool TimeZoneBox::hasValidZone() const {
    if (isAutomatic())
        return true;
    const QString id = zoneId();
    return !id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id.toUtf8());
}

void TimeZoneBox::setZoneId(const QString& zoneId) {
    const int index = findText(zoneId);
    if (index >= 0 && !(m_withAutomatic && index == 0))
        setCurrentIndex(index);
    else
        setEditText(zoneId);
}

void TimeZoneBox::setAutomatic() {
    if (m_withAutomatic)
        setCurrentIndex(0);
}

void TimeZoneBox::setAutomaticText(const QString& text) {
    if (!m_withAutomatic)
        return;
    const bool automatic = isAutomatic();
    setItemText(0, text);
    if (automatic) {
        setCurrentIndex(0);
        setEditText(text);
    }
}

QString TimeZoneBox::systemZoneId() {
    const QByteArray id = QTimeZone::systemTimeZoneId();
    if (!id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id))
        return QString::fromUtf8(id);
    return QStringLiteral("UTC");
}

} // namespace pl::ui
