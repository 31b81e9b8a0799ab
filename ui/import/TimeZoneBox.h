#pragma once

#include <QComboBox>

namespace pl::ui {

// An IANA time zone, chosen from the list or typed (with completion). It may
// offer an "automatic" first entry, which stands for "let the import decide".
class TimeZoneBox : public QComboBox {
    Q_OBJECT
public:
    explicit TimeZoneBox(bool withAutomatic, QWidget* parent = nullptr);

    // The zone shown, or empty for the automatic entry.
    QString zoneId() const;
    bool isAutomatic() const;
    // Automatic, or a zone Qt knows.
    bool hasValidZone() const;
    void setZoneId(const QString& zoneId);
    void setAutomatic();
    // The automatic entry's text, e.g. "Automatic (America/Chicago)".
    void setAutomaticText(const QString& text);

    static QString systemZoneId();

private:
    bool m_withAutomatic;
};

} // namespace pl::ui
