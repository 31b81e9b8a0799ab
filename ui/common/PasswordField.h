#pragma once

#include "core/crypto/SecretBytes.h"

#include <QLineEdit>

namespace pl::ui {

// A password line edit whose text leaves as SecretBytes and is cleared at once.
class PasswordField : public QLineEdit {
    Q_OBJECT
public:
    explicit PasswordField(QWidget* parent = nullptr);
    // The typed password; the field is emptied.
    core::SecretBytes take();
};

} // namespace pl::ui
