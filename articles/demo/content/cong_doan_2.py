"""Demo stories for Công đoàn. Fields: see articles/demo/compose.py (story_context)."""

from __future__ import annotations

from ..compose import Seed

SECTION = "cong-doan"

SEEDS = (
    Seed(
        key="nha-tro",
        count=3,
        tags=(
            "nhà trọ công nhân",
            "người lao động",
            "công đoàn",
            "nhà ở xã hội",
            "phòng cháy chữa cháy",
        ),
        nums={"phong": "120-300/10", "dt": "10-16", "gia": "1.4-2.6"},
        titles=(
            "Cán bộ công đoàn “đi trọ” cùng công nhân ở {cty.area}",
            "Khảo sát {phong} phòng trọ: công nhân vẫn sống chật, chi phí tăng",
            "Đề xuất tiêu chí “nhà trọ Công đoàn” cho công nhân ở {cty.area}",
        ),
        leads=(
            (
                "Qua khảo sát {phong} phòng trọ quanh các khu sản xuất ở {cty.area}, Công "
                "đoàn ghi nhận phần lớn công nhân đang sống trong phòng chật, giá thuê và "
                "điện nước đều tăng, trong khi nhà ở xã hội vẫn là mơ ước xa."
            ),
            (
                "Gõ cửa từng phòng trọ, ngồi cùng công nhân sau ca làm, cán bộ công đoàn ở "
                "{cty.area} đã ghi lại những khó khăn thật nhất trong đời sống của người lao "
                "động."
            ),
        ),
        openings=(
            (
                "Trong hai tuần, đoàn khảo sát của Công đoàn đã đến {phong} phòng trọ tại "
                "các khu dân cư quanh {cty.full} và các doanh nghiệp lân cận ở {cty.area}. "
                "Mỗi phòng có diện tích bình quân {dt}m², phần lớn dành cho hai đến bốn "
                "người ở."
            ),
            (
                "Những ngày qua, khi công nhân tan ca, các cán bộ công đoàn lại đến từng dãy "
                "trọ quanh {cty.full}. Câu chuyện về tiền nhà, tiền điện, chỗ gửi con được "
                "người lao động kể lại bên những bữa cơm vội."
            ),
        ),
        paragraphs=(
            (
                "Theo kết quả khảo sát, giá thuê bình quân khoảng {gia} triệu "
                "đồng/phòng/tháng, chưa kể tiền điện thường bị tính theo giá kinh doanh, cao "
                "hơn nhiều so với giá điện sinh hoạt. Với mức thu nhập hiện nay, chi phí nhà "
                "ở chiếm gần một phần ba thu nhập của công nhân."
            ),
            (
                "{nu.Anh} {nu.name}, {nu.tuoi} tuổi, quê {que}, thuê căn phòng chưa đầy 12m² "
                "cùng chồng và con nhỏ. “Phòng chật nên đồ đạc phải treo hết lên tường. Trời "
                "nóng thì bí, con ốm suốt”, {nu.anh} {nu.ten} nói."
            ),
            (
                "Đáng lo ngại, nhiều khu trọ chưa bảo đảm an toàn phòng cháy chữa cháy: chỉ "
                "có một lối thoát, dây điện chằng chịt, xe máy để ngay cạnh bếp nấu. Đoàn "
                "khảo sát đã đề nghị chính quyền sở tại tăng cường kiểm tra, hướng dẫn chủ "
                "nhà trọ khắc phục."
            ),
            (
                "Từ thực tế này, Công đoàn đề xuất xây dựng tiêu chí “nhà trọ Công đoàn”, "
                "vận động chủ nhà trọ áp dụng giá điện, nước theo quy định và giữ ổn định "
                "giá thuê. Những khu trọ đạt tiêu chí sẽ được giới thiệu cho công nhân."
            ),
            (
                "Về lâu dài, {a.ong} {a.name}, Phó Chủ tịch Công đoàn cấp trên trực tiếp cho "
                "rằng, cần đẩy nhanh các dự án nhà ở xã hội, thiết chế Công đoàn gần khu "
                "công nghiệp để công nhân có chỗ ở ổn định, có nhà trẻ, có không gian sinh "
                "hoạt văn hóa."
            ),
        ),
        endings=(
            (
                "Kết quả khảo sát sẽ được Công đoàn tổng hợp, báo cáo LĐLĐ thành phố Hà Nội "
                "để kiến nghị các giải pháp cải thiện điều kiện sống cho công nhân thuê trọ."
            ),
        ),
        captions=(
            "Một khu trọ của công nhân ở {cty.area}.",
            "Cán bộ công đoàn hỏi thăm đời sống của công nhân thuê trọ.",
        ),
    ),
    Seed(
        key="tap-huan",
        count=3,
        tags=(
            "cán bộ công đoàn",
            "tập huấn",
            "chuyển đổi số",
            "công đoàn",
            "Công đoàn cơ sở",
        ),
        nums={"hv": "80-220/10"},
        titles=(
            "Hơn {hv} cán bộ công đoàn cơ sở ở {place} được tập huấn kỹ năng thương lượng",
            "Chuyển đổi số trong quản lý đoàn viên: từ sổ sách đến chiếc điện thoại",
            "Bồi dưỡng nghiệp vụ cho cán bộ công đoàn khu vực {place}",
        ),
        leads=(
            (
                "Lớp tập huấn giúp cán bộ công đoàn cơ sở nắm vững kỹ năng thương lượng, đối "
                "thoại và sử dụng phần mềm quản lý đoàn viên, những việc họ phải làm hằng "
                "ngày ở doanh nghiệp."
            ),
            (
                "{Buoi}, hơn {hv} chủ tịch, phó chủ tịch và ủy viên Ban Chấp hành Công đoàn "
                "cơ sở khu vực {place} đã tham gia lớp tập huấn nghiệp vụ công tác công đoàn "
                "năm {nam}."
            ),
        ),
        openings=(
            (
                "{Buoi}, Công đoàn cấp trên trực tiếp cơ sở khu vực {place} khai mạc lớp tập "
                "huấn nghiệp vụ cho hơn {hv} cán bộ công đoàn cơ sở. Phần lớn học viên là "
                "cán bộ kiêm nhiệm, mới được bầu vào Ban Chấp hành trong nhiệm kỳ này."
            ),
            (
                "Nhiều cán bộ công đoàn cơ sở ở doanh nghiệp là công nhân trực tiếp sản "
                "xuất, vừa làm chuyên môn vừa làm công tác công đoàn. Vì vậy, lớp tập huấn "
                "tổ chức {buoi} tại {place} được thiết kế ngắn gọn, nhiều tình huống thực "
                "tế."
            ),
        ),
        paragraphs=(
            (
                "Trong hai ngày, học viên được giới thiệu những điểm mới của Luật Công đoàn, "
                "kỹ năng thương lượng tập thể, tổ chức hội nghị người lao động và quy trình "
                "giải quyết tranh chấp lao động. Các tình huống được xây dựng từ chính những "
                "vụ việc đã xảy ra tại doanh nghiệp trên địa bàn."
            ),
            (
                "Phần thực hành chuyển đổi số thu hút sự quan tâm của đông đảo học viên. Cán "
                "bộ được hướng dẫn cập nhật dữ liệu đoàn viên trên phần mềm, cấp thẻ đoàn "
                "viên điện tử và tiếp nhận phản ánh của người lao động qua ứng dụng trên "
                "điện thoại."
            ),
            (
                "{a.Anh} {a.name}, Chủ tịch Công đoàn cơ sở {cty.full}, cho biết: “Trước "
                "đây, mỗi lần cần danh sách đoàn viên là phải lục sổ sách mất cả buổi. Giờ "
                "chỉ vài thao tác trên máy tính là có đầy đủ thông tin, làm báo cáo cũng "
                "nhanh hơn nhiều”."
            ),
            (
                "Giảng viên lớp học, {b.ong} {b.name}, nguyên cán bộ LĐLĐ thành phố Hà Nội "
                "lưu ý, kỹ năng quan trọng nhất của cán bộ công đoàn cơ sở là lắng nghe. Có "
                "lắng nghe mới biết người lao động cần gì, từ đó thương lượng với doanh "
                "nghiệp có trọng tâm."
            ),
            (
                "Kết thúc lớp học, các học viên làm bài kiểm tra trắc nghiệm và được cấp "
                "giấy chứng nhận. Ban tổ chức cũng lập nhóm trao đổi trực tuyến để cán bộ "
                "tiếp tục hỏi đáp, chia sẻ kinh nghiệm sau tập huấn."
            ),
        ),
        captions=(
            "Học viên tại lớp tập huấn nghiệp vụ công tác công đoàn ở {place}.",
            "Cán bộ công đoàn thực hành cập nhật dữ liệu đoàn viên trên phần mềm.",
        ),
    ),
    Seed(
        key="cum-thi-dua",
        count=3,
        tags=(
            "thi đua",
            "công đoàn",
            "phong trào CNVCLĐ",
            "Công đoàn cơ sở",
        ),
        nums={"so": "2-7", "cdcs": "35-90"},
        titles=(
            "Cụm thi đua số {so}: Nhiều cách làm mới trong hoạt động công đoàn",
            "Khảo sát Cụm thi đua số {so}: hoạt động công đoàn hướng mạnh về cơ sở",
            "Cụm thi đua số {so} ký giao ước, quyết tâm hoàn thành chỉ tiêu năm {nam}",
        ),
        leads=(
            (
                "Đoàn khảo sát của LĐLĐ thành phố Hà Nội ghi nhận nhiều mô hình mới, thiết "
                "thực trong hoạt động của các đơn vị thuộc Cụm thi đua số {so}, từ chăm lo "
                "đời sống đến phát triển đoàn viên."
            ),
            (
                "Các đơn vị trong Cụm thi đua số {so} đã ký giao ước thi đua, thống nhất "
                "những chỉ tiêu trọng tâm hướng về cơ sở và người lao động."
            ),
        ),
        openings=(
            (
                "{Buoi}, đoàn công tác của LĐLĐ thành phố Hà Nội do {a.ong} {a.name}, Phó "
                "Chủ tịch LĐLĐ thành phố làm trưởng đoàn đã khảo sát kết quả hoạt động của "
                "Cụm thi đua số {so}. Tham dự có lãnh đạo các đơn vị trong cụm cùng đại diện "
                "{cdcs} Công đoàn cơ sở."
            ),
            (
                "Hội nghị của Cụm thi đua số {so} tổ chức {buoi} tại {place} không dài, "
                "nhưng mỗi đơn vị đều mang đến một cách làm cụ thể, có số liệu, có hình ảnh "
                "minh chứng."
            ),
        ),
        paragraphs=(
            (
                "Báo cáo tại buổi làm việc, Cụm trưởng cho biết, các đơn vị đã tập trung "
                "hướng về cơ sở, lấy việc đại diện, chăm lo, bảo vệ quyền và lợi ích hợp "
                "pháp, chính đáng của đoàn viên làm nhiệm vụ trung tâm. Các chỉ tiêu thi đua "
                "cơ bản đạt và vượt kế hoạch."
            ),
            (
                "Nhiều mô hình được đánh giá cao như “Đường hoa Công đoàn”, “Tủ sách pháp "
                "luật tại khu trọ”, ký thỏa thuận phúc lợi với người sử dụng lao động ở "
                "những doanh nghiệp chưa có Công đoàn cơ sở. Đáng chú ý, có đơn vị đã thành "
                "lập được nghiệp đoàn thợ mộc, nghiệp đoàn giáo viên mầm non ngoài công lập."
            ),
            (
                "Đơn vị ở {place} chia sẻ kinh nghiệm phối hợp với cơ quan bảo hiểm xã hội "
                "tổ chức hội nghị đôn đốc doanh nghiệp nộp bảo hiểm, kinh phí công đoàn, "
                "đồng thời tuyên truyền pháp luật cho chủ doanh nghiệp chưa có tổ chức Công "
                "đoàn."
            ),
            (
                "Bên cạnh kết quả đạt được, các đơn vị cũng thẳng thắn chỉ ra khó khăn: cán "
                "bộ công đoàn cơ sở chủ yếu kiêm nhiệm, thường xuyên biến động; một số doanh "
                "nghiệp nhỏ chưa tạo điều kiện cho Công đoàn hoạt động."
            ),
            (
                "Phát biểu tại buổi làm việc, Phó Chủ tịch LĐLĐ thành phố Hà Nội {a.name} "
                "ghi nhận sự chủ động, sáng tạo của các đơn vị trong cụm, đồng thời đề nghị "
                "tiếp tục đổi mới phương thức hoạt động, tăng cường chia sẻ cách làm hay để "
                "cùng tiến bộ."
            ),
            (
                "Dịp này, các đơn vị trong cụm đã ký giao ước thi đua năm {nam} với các chỉ "
                "tiêu về phát triển đoàn viên, thành lập Công đoàn cơ sở, ký kết thỏa ước "
                "lao động tập thể và chăm lo cho đoàn viên có hoàn cảnh khó khăn."
            ),
        ),
        captions=(
            "Quang cảnh buổi khảo sát Cụm thi đua số {so}.",
            "Các đơn vị trong Cụm thi đua số {so} ký kết giao ước thi đua.",
        ),
    ),
    Seed(
        key="giam-sat-an-toan",
        count=3,
        tags=(
            "an toàn lao động",
            "an toàn vệ sinh viên",
            "công đoàn",
            "tai nạn lao động",
            "phòng cháy chữa cháy",
        ),
        nums={"dn": "15-40", "vp": "40-120"},
        titles=(
            "Công đoàn giám sát an toàn lao động tại {dn} doanh nghiệp ở {place}",
            "An toàn vệ sinh viên ở {cty.name}: “tai mắt” của Công đoàn trong xưởng",
            "Phát hiện {vp} nguy cơ mất an toàn lao động qua đợt giám sát của Công đoàn",
        ),
        leads=(
            (
                "Qua giám sát tại {dn} doanh nghiệp ở khu vực {place}, Công đoàn đã chỉ ra "
                "{vp} nguy cơ mất an toàn lao động, từ máy móc thiếu che chắn đến kho hàng "
                "xếp sai quy cách."
            ),
            (
                "Ở nhiều doanh nghiệp, các an toàn vệ sinh viên do Công đoàn bầu chọn đang "
                "là lực lượng phát hiện sớm nguy cơ tai nạn, góp phần giữ an toàn cho hàng "
                "nghìn công nhân."
            ),
        ),
        openings=(
            (
                "Trong đợt giám sát vừa qua, các đoàn của Công đoàn đã làm việc tại {dn} "
                "doanh nghiệp trên địa bàn {place}, tập trung vào việc huấn luyện an toàn, "
                "trang bị bảo hộ lao động, kiểm định máy móc có yêu cầu nghiêm ngặt và phòng "
                "cháy chữa cháy."
            ),
            (
                "Tại {cty.full} {cty.noi}, mỗi tổ sản xuất đều có một an toàn vệ sinh viên. "
                "Họ là công nhân trực tiếp đứng máy, được Công đoàn tập huấn và có quyền đề "
                "nghị dừng công việc khi phát hiện nguy cơ mất an toàn."
            ),
        ),
        paragraphs=(
            (
                "Kết quả giám sát cho thấy phần lớn doanh nghiệp đã xây dựng nội quy an "
                "toàn, tổ chức huấn luyện định kỳ cho người lao động. Tuy nhiên, đoàn vẫn "
                "phát hiện {vp} nguy cơ cần khắc phục như máy móc thiếu che chắn, lối thoát "
                "hiểm bị hàng hóa chắn lối, bình chữa cháy hết hạn."
            ),
            (
                "{a.Anh} {a.name}, an toàn vệ sinh viên tổ cơ điện {cty.full}, kể: “Có lần "
                "tôi thấy một đoạn dây cáp bị sờn ngay chỗ công nhân hay đi lại. Báo ngay "
                "cho tổ trưởng, chỉ trong buổi sáng là được thay. Để lâu thì không biết "
                "chuyện gì có thể xảy ra”."
            ),
            (
                "Theo {b.ong} {b.name}, Trưởng ban Bảo hộ lao động của Công đoàn cấp trên, "
                "điểm yếu thường gặp là người lao động chủ quan, không sử dụng phương tiện "
                "bảo hộ khi làm việc, nhất là khi phải chạy đơn hàng gấp."
            ),
            (
                "Sau giám sát, Công đoàn đã gửi kiến nghị bằng văn bản tới từng doanh "
                "nghiệp, đề nghị khắc phục trong thời hạn cụ thể và sẽ phúc tra. Những doanh "
                "nghiệp chậm khắc phục sẽ được báo cáo cơ quan chức năng xử lý theo quy "
                "định."
            ),
            (
                "Công đoàn cũng đề nghị doanh nghiệp có phụ cấp phù hợp cho an toàn vệ sinh "
                "viên, đưa nội dung này vào thỏa ước lao động tập thể để động viên lực lượng "
                "làm công việc thầm lặng nhưng quan trọng này."
            ),
        ),
        captions=(
            "An toàn vệ sinh viên kiểm tra thiết bị trong xưởng sản xuất.",
            "Đoàn giám sát của Công đoàn kiểm tra hệ thống phòng cháy chữa cháy.",
        ),
    ),
)
