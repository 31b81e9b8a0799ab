#pragma once

#include <QWidget>

namespace pl::ui {

// A section whose capability is not in this version yet. It says so plainly
// and offers no controls that would pretend to work.
class PlaceholderPage : public QWidget {
    Q_OBJECT
public:
    PlaceholderPage(const QString& title, const QString& description, QWidget* parent = nullptr);
};

} // namespace pl::ui
