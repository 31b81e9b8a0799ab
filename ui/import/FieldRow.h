#pragma once

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace pl::ui {

// One row of a form: its field widgets side by side and, under them, a line
// that says what is wrong with what was typed (hidden while all is well).
class FieldRow : public QWidget {
    Q_OBJECT
public:
    // errorName: the error line's objectName, for tests.
    FieldRow(const QString& errorName, QWidget* parent = nullptr);

    void addWidget(QWidget* widget, int stretch = 0);
    void setError(const QString& text);
    QString error() const;

private:
    QHBoxLayout* m_fields;
    QLabel* m_error;
};

} // namespace pl::ui
