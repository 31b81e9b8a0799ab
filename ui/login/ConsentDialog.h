#pragma once

#include <QDialog>

namespace pl::core {
class ConsentText;
}

namespace pl::ui {

// The permitted-use splash at every login. Only "I agree" continues; Decline,
// Escape and closing the window all decline. In read-only mode (Help menu)
// there is only Close.
class ConsentDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { AskConsent, ReadOnly };
    ConsentDialog(const core::ConsentText& consent, Mode mode, QWidget* parent = nullptr);

Q_SIGNALS:
    void agreed();
    void declined();

protected:
    void reject() override;

private:
    Mode m_mode;
    bool m_answered = false;
};

} // namespace pl::ui
