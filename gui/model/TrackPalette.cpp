#include "TrackPalette.hpp"

#include <array>

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
