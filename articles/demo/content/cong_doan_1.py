"""Demo stories for Công đoàn. Fields: see articles/demo/compose.py (story_context)."""

from __future__ import annotations

from ..compose import Seed

SECTION = "cong-doan"

# Closing paragraphs any story of the section may end with.
ENDINGS = (
    (
        "Phát biểu chỉ đạo, Phó Chủ tịch LĐLĐ thành phố Hà Nội {e.name} đề nghị các cấp công "
        "đoàn tiếp tục bám sát cơ sở, kịp thời nắm bắt tâm tư, nguyện vọng của đoàn viên, "
        "người lao động; chủ động phối hợp với người sử dụng lao động giải quyết ngay từ đầu "
        "những vướng mắc phát sinh, không để dồn thành bức xúc."
    ),
    (
        "Theo {e.ong} {e.name}, Trưởng ban Quan hệ lao động LĐLĐ thành phố Hà Nội, thời gian "
        "tới Công đoàn Thủ đô tiếp tục lấy cơ sở làm địa bàn hoạt động chính, lấy sự hài "
        "lòng của đoàn viên làm thước đo hiệu quả. “Mỗi việc làm của tổ chức Công đoàn đều "
        "phải trả lời được câu hỏi: người lao động được gì”, {e.ong} {e.ten} nói."
    ),
    (
        "Kết thúc chương trình, lãnh đạo LĐLĐ thành phố Hà Nội đề nghị các Công đoàn cơ sở "
        "tiếp tục đổi mới nội dung, phương thức hoạt động theo hướng thiết thực, gần gũi; "
        "quan tâm hơn nữa tới lao động nữ, lao động lớn tuổi và lao động ngoại tỉnh thuê "
        "trọ."
    ),
    (
        "Trao đổi với phóng viên, Phó Chủ tịch LĐLĐ thành phố Hà Nội {e.name} cho biết, năm "
        "{nam}, Công đoàn Thủ đô đặt mục tiêu mỗi Công đoàn cơ sở có ít nhất một mô hình "
        "chăm lo thiết thực cho đoàn viên. Những cách làm hay sẽ được tổng hợp, nhân rộng "
        "trong toàn hệ thống."
    ),
    (
        "Với những kết quả đạt được, tổ chức Công đoàn ngày càng khẳng định vai trò là chỗ "
        "dựa tin cậy của đoàn viên, người lao động, góp phần xây dựng quan hệ lao động hài "
        "hòa, ổn định và tiến bộ tại doanh nghiệp."
    ),
)

SEEDS = (
    Seed(
        key="thoa-uoc",
        count=3,
        tags=(
            "thỏa ước lao động tập thể",
            "công đoàn",
            "người lao động",
            "quan hệ lao động",
            "tiền lương",
            "khu công nghiệp",
        ),
        nums={
            "dk": "12-18",
            "com": "30-40/5",
            "pct": "5-9",
            "qua": "300-800/50",
            "yk": "300-900/10",
            "nam_lv": "5-12",
        },
        titles=(
            (
                "Công đoàn cơ sở {cty.name} ký Thỏa ước với {dk} điều khoản có lợi cho người "
                "lao động"
            ),
            "{cty.full}: Thỏa ước lao động tập thể nâng tiền ăn ca lên {com}.000 đồng",
            "Thương lượng thành công, công nhân {cty.name} được tăng lương {pct}%",
        ),
        leads=(
            (
                "Sau ba vòng thương lượng, Công đoàn cơ sở và Ban Giám đốc {cty.full} đã ký "
                "kết Thỏa ước lao động tập thể mới với {dk} điều khoản có lợi hơn so với quy "
                "định của pháp luật."
            ),
            (
                "Thỏa ước lao động tập thể vừa được ký kết tại {cty.full} mang lại nhiều "
                "quyền lợi thiết thực cho {cty.lao_dong} người lao động, từ tiền lương, tiền "
                "ăn ca đến các chế độ phúc lợi."
            ),
        ),
        openings=(
            (
                "{Buoi}, Công đoàn cơ sở {cty.full} {cty.noi} phối hợp với Ban Giám đốc tổ "
                "chức lễ ký kết Thỏa ước lao động tập thể giai đoạn {nam} - {nam_sau}. Dự "
                "buổi lễ có đại diện Công đoàn cấp trên cùng đông đảo đoàn viên, người lao "
                "động."
            ),
            (
                "Sau gần hai tháng chuẩn bị, lấy ý kiến và thương lượng, {buoi}, Công đoàn "
                "cơ sở và người sử dụng lao động {cty.full} đã chính thức ký kết Thỏa ước "
                "lao động tập thể mới. Đây là bản thỏa ước thứ ba của doanh nghiệp kể từ khi "
                "thành lập tổ chức Công đoàn."
            ),
        ),
        paragraphs=(
            (
                "Theo {a.ong} {a.name}, Chủ tịch Công đoàn cơ sở Công ty, trước khi bước vào "
                "thương lượng, Ban Chấp hành đã lấy ý kiến đoàn viên tại từng tổ sản xuất. "
                "Có hơn {yk} lượt ý kiến được gửi về, tập trung vào tiền lương, tiền ăn ca, "
                "chế độ cho lao động nữ và thời giờ nghỉ ngơi."
            ),
            (
                "Điểm mới đáng chú ý của bản thỏa ước là tiền ăn ca được nâng lên {com}.000 "
                "đồng/suất, thực đơn được công khai hằng tuần và có sự giám sát của Ban Nữ "
                "công. Bên cạnh đó, tiền lương của người lao động được điều chỉnh tăng bình "
                "quân {pct}% so với năm trước."
            ),
            (
                "Thỏa ước cũng quy định nhiều khoản hỗ trợ mà luật chưa bắt buộc: người lao "
                "động được tặng quà sinh nhật trị giá {qua}.000 đồng, lao động nữ được hỗ "
                "trợ thêm khi sinh con, gia đình người lao động có việc hiếu được Công ty "
                "thăm hỏi, phúng viếng."
            ),
            (
                "“Lúc đầu phía doanh nghiệp còn băn khoăn vì chi phí tăng thêm. Chúng tôi "
                "phải chuẩn bị số liệu rất kỹ, chứng minh rằng khi người lao động yên tâm "
                "gắn bó thì tỷ lệ nghỉ việc giảm, năng suất tăng, doanh nghiệp cũng được "
                "lợi”, {a.ong} {a.name}, Chủ tịch Công đoàn cơ sở chia sẻ."
            ),
            (
                "Đại diện Ban Giám đốc, {b.ong} {b.name} khẳng định doanh nghiệp coi thỏa "
                "ước là cam kết với người lao động chứ không phải thủ tục hành chính. Công "
                "ty sẽ niêm yết công khai toàn văn thỏa ước tại các xưởng và phối hợp với "
                "Công đoàn định kỳ kiểm tra việc thực hiện."
            ),
            (
                "Là công nhân có {nam_lv} năm gắn bó với Công ty, {c.anh} {c.name} (quê "
                "{que}) phấn khởi cho biết, khoản hỗ trợ tiền nhà trọ và tiền đi lại trong "
                "thỏa ước mới giúp gia đình {c.anh} bớt được một khoản chi đáng kể mỗi "
                "tháng."
            ),
        ),
        captions=(
            "Lễ ký kết Thỏa ước lao động tập thể tại {cty.full}.",
            "Đoàn viên Công đoàn cơ sở {cty.name} góp ý vào dự thảo thỏa ước.",
            "Bữa ăn ca của công nhân {cty.name} được nâng chất lượng theo thỏa ước mới.",
        ),
    ),
    Seed(
        key="phat-trien-doan-vien",
        count=3,
        tags=(
            "phát triển đoàn viên",
            "công đoàn",
            "Công đoàn cơ sở",
            "doanh nghiệp ngoài nhà nước",
            "người lao động",
        ),
        nums={"cdcs": "8-19", "dv": "420-980", "tong": "9000-16000", "pct": "102-135"},
        titles=(
            "Thành lập {cdcs} Công đoàn cơ sở mới, kết nạp {dv} đoàn viên ở khu vực {place}",
            (
                "Đưa tổ chức Công đoàn đến với người lao động ở doanh nghiệp ngoài nhà nước "
                "tại {place}"
            ),
            "Phát triển đoàn viên ở {place}: kiên trì “gõ cửa” từng doanh nghiệp nhỏ",
        ),
        leads=(
            (
                "Từ đầu năm đến nay, các cấp công đoàn trên địa bàn {place} đã vận động "
                "thành lập {cdcs} Công đoàn cơ sở, kết nạp {dv} đoàn viên, vượt chỉ tiêu "
                "được giao."
            ),
            (
                "Kiên trì tiếp cận từng doanh nghiệp nhỏ, từng nhóm lao động tự do, cán bộ "
                "công đoàn ở {place} đang từng bước thu hẹp “khoảng trống” tổ chức ở khu vực "
                "ngoài nhà nước."
            ),
        ),
        openings=(
            (
                "Theo báo cáo tại hội nghị sơ kết công tác phát triển đoàn viên tổ chức "
                "{buoi}, các cấp công đoàn khu vực {place} đã thành lập mới {cdcs} Công đoàn "
                "cơ sở, kết nạp {dv} đoàn viên, nâng tổng số đoàn viên trên địa bàn lên "
                "{tong} người, đạt {pct}% kế hoạch năm."
            ),
            (
                "Ở khu vực {place}, phần lớn doanh nghiệp ngoài nhà nước có quy mô dưới 50 "
                "lao động, hoạt động phân tán, chủ doanh nghiệp thường xuyên vắng mặt. Đó "
                "cũng là lý do nhiều năm qua, việc phát triển đoàn viên ở đây được ví như "
                "“đi gõ cửa từng nhà”."
            ),
        ),
        paragraphs=(
            (
                "{a.Ong} {a.name}, Trưởng ban Tổ chức của Công đoàn cấp trên trực tiếp cho "
                "biết, để thuyết phục chủ doanh nghiệp, cán bộ công đoàn phải nói được lợi "
                "ích cụ thể: Công đoàn giúp doanh nghiệp đối thoại với người lao động, giữ "
                "chân thợ giỏi và hạn chế tranh chấp."
            ),
            (
                "Nhiều doanh nghiệp lúc đầu từ chối vì lo ngại phát sinh chi phí. Có đơn vị, "
                "cán bộ công đoàn phải đến làm việc năm, sáu lần mới nhận được cái gật đầu. "
                "Sau khi thành lập, chính chủ doanh nghiệp lại là người đề nghị Công đoàn tổ "
                "chức các hoạt động cho công nhân."
            ),
            (
                "Bên cạnh doanh nghiệp, các cấp công đoàn còn chú trọng phát triển đoàn viên "
                "trong khu vực lao động tự do thông qua mô hình nghiệp đoàn. Đến nay, nghiệp "
                "đoàn thợ xây, nghiệp đoàn thợ mộc trên địa bàn đã thu hút hàng trăm người "
                "tham gia."
            ),
            (
                "{b.Anh} {b.name}, thợ một xưởng cơ khí nhỏ vừa được kết nạp vào tổ chức "
                "Công đoàn, chia sẻ: “Trước đây có việc gì cũng không biết hỏi ai. Giờ có "
                "Công đoàn, anh em được tư vấn về hợp đồng, về bảo hiểm, lại có quà những "
                "dịp lễ, Tết nên ai cũng phấn khởi”."
            ),
            (
                "Cùng với phát triển số lượng, công tác quản lý đoàn viên cũng được chú "
                "trọng. Toàn bộ đoàn viên mới đều được cập nhật trên phần mềm quản lý đoàn "
                "viên và được cấp thẻ đoàn viên điện tử, thuận tiện khi tham gia các chương "
                "trình phúc lợi."
            ),
            (
                "Tuy nhiên, số đoàn viên giảm do doanh nghiệp thu hẹp sản xuất, người lao "
                "động nghỉ việc vẫn còn lớn. Vì vậy, song song với kết nạp mới, các Công "
                "đoàn cơ sở cần chăm lo thực chất để giữ chân đoàn viên."
            ),
        ),
        captions=(
            "Lễ ra mắt Công đoàn cơ sở mới thành lập tại khu vực {place}.",
            "Cán bộ công đoàn tuyên truyền về lợi ích khi gia nhập tổ chức Công đoàn.",
        ),
    ),
    Seed(
        key="doi-thoai",
        count=3,
        tags=(
            "đối thoại",
            "công đoàn",
            "người lao động",
            "quan hệ lao động",
            "bảo hiểm xã hội",
        ),
        nums={"yk": "25-60", "cn": "150-400/10", "ok": "6-12"},
        titles=(
            "Lắng nghe và trả lời tận nơi những kiến nghị của công nhân {cty.name}",
            "Đối thoại tại {cty.full}: {yk} ý kiến được trả lời ngay tại hội nghị",
            "Hội nghị đối thoại ở {cty.name}: công nhân hỏi thẳng, lãnh đạo đáp rõ",
        ),
        leads=(
            (
                "Hơn {cn} công nhân, đoàn viên của {cty.full} đã trực tiếp nêu kiến nghị về "
                "tiền lương, nhà trọ, bữa ăn ca và được lãnh đạo doanh nghiệp cùng các cơ "
                "quan chức năng trả lời ngay tại hội nghị đối thoại."
            ),
            (
                "Những băn khoăn về tăng ca, phụ cấp, điều kiện làm việc của người lao động "
                "đã được giải đáp thẳng thắn tại hội nghị đối thoại do Công đoàn cơ sở "
                "{cty.full} phối hợp tổ chức."
            ),
        ),
        openings=(
            (
                "{Buoi}, Công đoàn cơ sở {cty.full} {cty.noi} phối hợp với Ban Giám đốc tổ "
                "chức hội nghị đối thoại định kỳ tại nơi làm việc. Hội nghị có sự tham dự "
                "của đại diện Công đoàn cấp trên, cơ quan bảo hiểm xã hội và hơn {cn} đoàn "
                "viên, người lao động."
            ),
            (
                "Không còn là buổi đọc báo cáo, hội nghị đối thoại tại {cty.full} {buoi} "
                "diễn ra sôi nổi với {yk} ý kiến, câu hỏi mà Công đoàn đã tập hợp từ các tổ "
                "sản xuất trong suốt một tháng trước đó."
            ),
        ),
        paragraphs=(
            (
                "Mở đầu hội nghị, {a.ong} {a.name}, Chủ tịch Công đoàn cơ sở cho biết, nhiều "
                "ý kiến đã được Công đoàn trao đổi trước với doanh nghiệp, vì vậy người lao "
                "động sẽ nhận được câu trả lời cụ thể, có thời hạn thực hiện chứ không chỉ "
                "là lời hứa."
            ),
            (
                "Nêu ý kiến đầu tiên, {b.anh} {b.name}, công nhân tổ hoàn thiện, đề nghị "
                "Công ty xem xét tăng phụ cấp cho bộ phận làm việc trong môi trường nóng, "
                "ồn. Ngay tại hội nghị, Giám đốc nhân sự đã đồng ý nâng mức phụ cấp này từ "
                "tháng tới."
            ),
            (
                "Nhiều công nhân quan tâm đến việc doanh nghiệp chậm chốt sổ bảo hiểm xã hội "
                "cho người nghỉ việc. Đại diện cơ quan bảo hiểm xã hội đã hướng dẫn cụ thể "
                "quy trình, đồng thời đề nghị doanh nghiệp hoàn tất thủ tục trong thời hạn "
                "luật định."
            ),
            (
                "Vấn đề nhà trọ và chỗ gửi trẻ cũng được nhiều người nêu ra. {c.Anh} "
                "{c.name}, quê {que}, cho biết hai vợ chồng {c.anh} cùng làm ở Công ty nhưng "
                "chưa tìm được nhóm trẻ gần khu trọ để gửi con. Công đoàn cam kết sẽ khảo "
                "sát nhu cầu và kiến nghị doanh nghiệp liên kết với cơ sở mầm non trên địa "
                "bàn."
            ),
            (
                "Đại diện Ban Giám đốc, {d.ong} {d.name} đánh giá, qua đối thoại, doanh "
                "nghiệp hiểu rõ hơn tâm tư của người lao động. Những kiến nghị chưa thể giải "
                "quyết ngay sẽ được đưa vào kế hoạch và thông báo công khai tại bảng tin "
                "Công đoàn."
            ),
            (
                "Kết thúc hội nghị, hai bên thống nhất ký biên bản đối thoại với {ok} nội "
                "dung cam kết thực hiện, có phân công rõ trách nhiệm và thời hạn hoàn thành."
            ),
        ),
        captions=(
            "Công nhân nêu kiến nghị tại hội nghị đối thoại ở {cty.full}.",
            "Lãnh đạo doanh nghiệp trả lời kiến nghị của người lao động.",
        ),
    ),
    Seed(
        key="tien-luong",
        count=3,
        tags=(
            "tiền lương",
            "lương tối thiểu vùng",
            "người lao động",
            "công đoàn",
            "doanh nghiệp",
        ),
        nums={"dn": "120-260", "pct": "4-8", "tb": "8.2-10.9"},
        titles=(
            "Công đoàn giám sát việc điều chỉnh lương tại {dn} doanh nghiệp ở {place}",
            "Công đoàn “soi” bảng lương, bảo đảm quyền lợi cho người lao động",
            "Thu nhập bình quân của công nhân khu vực {place} đạt {tb} triệu đồng/tháng",
        ),
        leads=(
            (
                "Các cấp công đoàn khu vực {place} vừa hoàn thành đợt giám sát việc trả "
                "lương tại {dn} doanh nghiệp. Phần lớn đơn vị thực hiện đúng quy định, song "
                "vẫn còn tình trạng tăng lương cơ bản nhưng cắt giảm phụ cấp."
            ),
            (
                "Thu nhập bình quân của công nhân tại các doanh nghiệp được Công đoàn khảo "
                "sát ở {place} đạt khoảng {tb} triệu đồng/tháng, tăng {pct}% so với cùng kỳ; "
                "tuy vậy, nhiều người vẫn phải làm thêm giờ để đủ trang trải."
            ),
        ),
        openings=(
            (
                "Trong tháng qua, các đoàn giám sát của Công đoàn đã làm việc trực tiếp tại "
                "{dn} doanh nghiệp trên địa bàn {place}, tập trung vào việc xây dựng thang, "
                "bảng lương, áp dụng mức lương tối thiểu vùng và việc trả lương làm thêm "
                "giờ."
            ),
            (
                "Theo kết quả khảo sát do Công đoàn thực hiện tại {dn} doanh nghiệp ở "
                "{place}, thu nhập bình quân của công nhân hiện đạt {tb} triệu đồng/tháng, "
                "trong đó tiền làm thêm giờ chiếm khoảng một phần năm."
            ),
        ),
        paragraphs=(
            (
                "Kết quả cho thấy phần lớn doanh nghiệp đã điều chỉnh lương đúng hạn, nhiều "
                "đơn vị trả cao hơn mức tối thiểu từ 10 đến 20%. Một số doanh nghiệp chủ "
                "động tăng lương bình quân {pct}% để giữ chân người lao động trong bối cảnh "
                "cạnh tranh tuyển dụng."
            ),
            (
                "Tuy nhiên, đoàn giám sát cũng phát hiện một số đơn vị tăng lương cơ bản "
                "nhưng đồng thời cắt giảm hoặc gộp các khoản phụ cấp chuyên cần, phụ cấp đi "
                "lại, khiến thu nhập thực tế của người lao động gần như không đổi."
            ),
            (
                "{a.Ong} {a.name}, Trưởng ban Chính sách - Pháp luật của Công đoàn cấp trên "
                "cho biết, những trường hợp này đã được Công đoàn kiến nghị doanh nghiệp "
                "điều chỉnh. “Tăng lương phải là tăng thu nhập thực, không thể để người lao "
                "động được bên này, mất bên kia”, {a.ong} {a.ten} nhấn mạnh."
            ),
            (
                "Chia sẻ với phóng viên, {b.anh} {b.name}, công nhân {cty.full}, cho biết "
                "sau khi trừ tiền nhà trọ, điện nước và gửi về quê, số tiền còn lại mỗi "
                "tháng không nhiều. “Tháng nào không có tăng ca là phải chi tiêu rất dè "
                "sẻn”, {b.anh} {b.ten} nói."
            ),
            (
                "Qua giám sát, Công đoàn kiến nghị các doanh nghiệp công khai thang, bảng "
                "lương tại nơi làm việc, đưa nội dung tiền lương vào đối thoại định kỳ và "
                "thỏa ước lao động tập thể để người lao động nắm rõ và cùng giám sát."
            ),
        ),
        endings=(
            (
                "Theo Công đoàn, thời gian tới các đoàn giám sát sẽ phúc tra việc khắc phục "
                "tại những doanh nghiệp có vi phạm; trường hợp cố tình không thực hiện sẽ "
                "được kiến nghị cơ quan chức năng xử lý."
            ),
        ),
        captions=(
            "Công nhân làm việc tại một doanh nghiệp ở khu vực {place}.",
            "Đoàn giám sát của Công đoàn làm việc với doanh nghiệp về tiền lương.",
        ),
    ),
)
