// libFuzzer target for the capture reader: any bytes must give either a
// capture or an error message, never a crash, hang or unbounded allocation.
// A capture that is accepted must also write back and read again.
#include "capture/CaptureReader.hpp"
#include "capture/CaptureWriter.hpp"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace stichotrope::gui;
    const CaptureReadResult read = parseCapture(QByteArray(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!read.capture) {
        if (read.error.isEmpty())
            std::abort(); // a refusal must say why
        return 0;
    }
    const QByteArray again = captureToJson(*read.capture);
    const CaptureReadResult reread = parseCapture(again);
    if (!reread.capture || captureToJson(*reread.capture) != again)
        std::abort(); // what was accepted must round-trip exactly
    return 0;
}
