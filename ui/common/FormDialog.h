#pragma once

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pl::ui {

// A dialog with an introduction, a form and an error line. Submitting does
// not close it: the owner tries the action and either accept()s the dialog or
// shows the error, so nothing typed is lost on a bad input.
class FormDialog : public QDialog {
    Q_OBJECT
public:
    explicit FormDialog(const QString& title, QWidget* parent = nullptr);

    QFormLayout* form() const { return m_form; }
    void setIntro(const QString& text);
    void setSubmitText(const QString& text);
    QPushButton* submitButton() const;
    void showError(const QString& message);
    void clearError();

Q_SIGNALS:
    void submitted();

protected:
    // Latitude and longitude side by side, in a widget of its own so the
    // form row's label can name it (and its shortcut works).
    QWidget* locationRow(QLineEdit* latitudeEdit, QLineEdit* longitudeEdit);
    // A fixed location typed as decimal degrees (C or local notation): both
    // fields empty (no location) or both valid. False after showing what is
    // wrong and focusing the field.
    bool location(QLineEdit* latitudeEdit, QLineEdit* longitudeEdit,
                  std::optional<double>& latitude, std::optional<double>& longitude);

private:
    // Empty: no value. Otherwise shows error (%1: the text typed), focuses
    // the field and clears ok.
    std::optional<double> coordinate(QLineEdit* edit, double limit, const QString& error, bool& ok);

    QLabel* m_intro;
    QFormLayout* m_form;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace pl::ui
