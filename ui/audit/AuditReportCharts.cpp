#include "ui/audit/AuditReportCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace pl::ui {

namespace {

class ChartText {
    Q_DECLARE_TR_FUNCTIONS(pl::ui::AuditReportCharts)
public:
    static QString searches() { return tr("Searches"); }
    static QString refused() { return tr("Refused"); }
    static QString searchesByUser() { return tr("Searches per user"); }
    static QString searchesByCategory() { return tr("Searches per reason category"); }
    static QString platesPerMonth() { return tr("Plates read often in a month"); }
    static QString platesOften(int times) { return tr("Plates read %1 times or more").arg(times); }
    static QString partial(const QString& month) { return tr("%1 (part)").arg(month); }
};

QChart* barChart(const QString& title, const QStringList& categories,
                 std::initializer_list<QBarSet*> sets) {
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    auto* series = new QBarSeries(chart);
    qreal highest = 0;
    for (QBarSet* set : sets) {
        series->append(set);
        for (int i = 0; i < set->count(); ++i)
            highest = std::max(highest, set->at(i));
    }
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis(chart);
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis(chart);
    y->setLabelFormat(QStringLiteral("%d"));
    // Whole, round steps (1, 2 or 5 times a power of ten), and the axis ends
    // on a step above the highest bar, so the top is labelled too.
    const qreal rough = std::max<qreal>(1, highest / 5);
    const qreal magnitude = std::pow(10, std::floor(std::log10(rough)));
    qreal step = magnitude;
    for (const qreal factor : {1.0, 2.0, 5.0, 10.0}) {
        step = factor * magnitude;
        if (step >= rough)
            break;
    }
    step = std::max<qreal>(1, step);
    const qreal top = std::max<qreal>(1, std::ceil(highest / step)) * step;
    y->setRange(0, top);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(step);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->setVisible(sets.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace

QChart* AuditReportCharts::searchesByUser(const core::AuditReport& report) {
    QStringList users;
    auto* run = new QBarSet(ChartText::searches());
    auto* refused = new QBarSet(ChartText::refused());
    for (const core::AuditReport::UserSearches& row : report.searchesByUser) {
        users.append(row.userName);
        run->append(static_cast<qreal>(row.searches));
        refused->append(static_cast<qreal>(row.refused));
    }
    return barChart(ChartText::searchesByUser(), users, {run, refused});
}

QChart* AuditReportCharts::searchesByCategory(const core::AuditReport& report) {
    QStringList categories;
    auto* run = new QBarSet(ChartText::searches());
    for (const core::AuditReport::CategorySearches& row : report.searchesByCategory) {
        categories.append(row.label);
        run->append(static_cast<qreal>(row.searches));
    }
    return barChart(ChartText::searchesByCategory(), categories, {run});
}

QChart* AuditReportCharts::platesPerMonth(const core::AuditReport& report) {
    QStringList months;
    auto* often = new QBarSet(ChartText::platesOften(core::AuditReport::oftenThreshold));
    auto* veryOften = new QBarSet(ChartText::platesOften(core::AuditReport::veryOftenThreshold));
    for (const core::AuditReport::PlateMonth& row : report.plateMonths) {
        const QString month = QLocale().toString(row.month, QStringLiteral("MMM yyyy"));
        months.append(row.whole ? month : ChartText::partial(month));
        often->append(static_cast<qreal>(row.platesOften));
        veryOften->append(static_cast<qreal>(row.platesVeryOften));
    }
    return barChart(ChartText::platesPerMonth(), months, {often, veryOften});
}

} // namespace pl::ui
