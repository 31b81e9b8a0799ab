#include "ui/import/FieldRow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace pl::ui {

FieldRow::FieldRow(const QString& errorName, QWidget* parent)
    : QWidget(parent)
    , m_fields(new QHBoxLayout)
    , m_error(new QLabel(this)) {
    m_fields->setContentsMargins(0, 0, 0, 0);
    m_error->setObjectName(errorName);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(m_fields);
    layout->addWidget(m_error);
}

void FieldRow::addWidget(QWidget* widget, int stretch) {
    m_fields->addWidget(widget, stretch);
}

void FieldRow::setError(const QString& text) {
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString FieldRow::error() const {
    return m_error->text();
}

} // namespace pl::ui
