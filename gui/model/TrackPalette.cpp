#include "TrackPalette.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace stichotrope::gui {

QColor trackColor(unsigned track)
{
    // Tableau 10: distinct hues that stay readable on light and dark themes;
    // further tracks rotate the hue so neighbours stay apart.
    static constexpr std::array<QRgb, 10> kBase = {0x4E79A7, 0xF28E2B, 0x59A14F, 0xE15759, 0x76B7B2,
                                                  0xEDC948, 0xB07AA1, 0xFF9DA7, 0x9C755F, 0xBAB0AC};
    const QColor base = QColor::fromRgb(kBase[track % kBase.size()]);
    if (track < kBase.size())
        return base;
    const int shift = int((track / kBase.size()) * 37) % 360;
    return QColor::fromHsv((base.hsvHue() + shift) % 360, base.hsvSaturation(), base.value());
}

} // namespace stichotrope::gui

namespace stichotrope::gui {

namespace {

double relativeLuminance(const QColor& c)
{
    auto linear = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

} // namespace

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor trackColorOn(unsigned track, const QColor& background)
{
    constexpr double kMinContrast = 3.0;
    QColor c = trackColor(track);
    // Move the lightness away from the background's, keeping hue and
    // saturation, so the track stays recognisably the same colour.
    const bool darken = relativeLuminance(background) > 0.18;
    float h = 0, s = 0, l = 0;
    c.getHslF(&h, &s, &l);
    while (contrastRatio(c, background) < kMinContrast && l > 0.0f && l < 1.0f) {
        l = std::clamp(l + (darken ? -0.02f : 0.02f), 0.0f, 1.0f);
        c = QColor::fromHslF(h, s, l);
    }
    return c;
}

} // namespace stichotrope::gui
