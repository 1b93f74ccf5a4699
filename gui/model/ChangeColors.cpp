#include "ChangeColors.hpp"

#include <algorithm>
#include <cmath>

namespace stichotrope::gui {

namespace {
const QColor kNeutral(0xB4, 0xB4, 0xB4);
const QColor kMore(0xD6, 0x36, 0x2E);
const QColor kLess(0x2E, 0x6F, 0xD6);

QColor blend(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t), float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}
} // namespace

QColor changeColor(Change change)
{
    switch (change) {
    case Change::Regressed:
    case Change::Added: return kMore;
    case Change::Improved:
    case Change::Removed: return kLess;
    case Change::Same: break;
    }
    return kNeutral;
}

QColor changeShade(bool inBase, double base, double current)
{
    if (!inBase || base <= 0.0)
        return current > 0.0 ? kMore : kNeutral;
    const double ratio = current / base;
    if (std::abs(ratio - 1.0) <= kSignificantChange)
        return kNeutral;
    const double t = std::clamp(std::abs(std::log2(std::max(ratio, 1e-9))), 0.15, 1.0);
    return blend(kNeutral, ratio > 1.0 ? kMore : kLess, t);
}

} // namespace stichotrope::gui
