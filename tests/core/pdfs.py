"""Small PDFs made with pdfium itself, for tests that need a PDF of a particular shape."""

from __future__ import annotations

import ctypes
import io
import zlib

import pypdfium2 as pdfium
import pypdfium2.raw as raw


def make_pdf(pages: list[list[str]]) -> bytes:
    """A PDF whose pages hold the given lines of Helvetica text (an empty list: a blank page)."""
    pdf = pdfium.PdfDocument.new()
    font = raw.FPDFText_LoadStandardFont(pdf, b"Helvetica")
    for lines in pages:
        page = pdf.new_page(612, 792)
        for i, text in enumerate(lines):
            obj = raw.FPDFPageObj_CreateTextObj(pdf, font, 12.0)
            buf = ctypes.create_string_buffer((text + "\x00").encode("utf-16-le"))
            raw.FPDFText_SetText(obj, ctypes.cast(buf, ctypes.POINTER(raw.FPDF_WCHAR)))
            raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, 72, 720 - 14 * i)
            raw.FPDFPage_InsertObject(page, obj)
        raw.FPDFPage_GenerateContent(page)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def make_scanned_pdf(pages: int = 2) -> bytes:
    """A PDF like a scan: each page holds only an image (a grey bitmap), no text."""
    pdf = pdfium.PdfDocument.new()
    for _ in range(pages):
        page = pdf.new_page(612, 792)
        bitmap = pdfium.PdfBitmap.new_native(200, 260, raw.FPDFBitmap_BGR)
        bitmap.fill_rect((128, 128, 128, 255), 0, 0, 200, 260)
        image = pdfium.PdfImage.new(pdf)
        image.set_bitmap(bitmap)
        image.set_matrix(pdfium.PdfMatrix().scale(500, 650).translate(50, 70))
        page.insert_obj(image)
        page.gen_content()
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def make_pdf_bomb(operators: int) -> bytes:
    """A PDF of a few hundred KB whose one page unpacks into ``operators`` text-showing operators:
    pdfium builds an object for each (hundreds of bytes apiece) when it loads the page."""
    content = zlib.compress(b"BT /F1 12 Tf 72 700 Td " + b"(x) Tj " * operators + b"ET\n", 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
