"""Demo stories for Công đoàn › Hoạt động. Fields: see articles/demo/compose.py (story_context)."""

from __future__ import annotations

from ..compose import Seed

SECTION = "hoat-dong"

SEEDS = (
    Seed(
        key="tham-hoi",
        count=3,
        tags=(
            "thăm hỏi",
            "tai nạn lao động",
            "bệnh hiểm nghèo",
            "công đoàn",
            "hoàn cảnh khó khăn",
        ),
        nums={"tien": "5-20", "so": "10-40"},
        titles=(
            "Công đoàn thăm, hỗ trợ công nhân {cty.name} bị tai nạn lao động",
            "Kịp thời chia sẻ với đoàn viên mắc bệnh hiểm nghèo ở {cty.area}",
            "Những chuyến thăm ấm tình Công đoàn ở {cty.name}",
        ),
        leads=(
            (
                "Lãnh đạo Công đoàn đã đến thăm hỏi, động viên và trao {tien} triệu đồng hỗ "
                "trợ {a.anh} {a.name}, công nhân {cty.full} bị thương trong lúc làm việc."
            ),
            (
                "Không chỉ hỗ trợ tiền, Công đoàn còn cùng gia đình lo thủ tục chữa bệnh, "
                "chế độ bảo hiểm cho những đoàn viên đang gặp hoàn cảnh ngặt nghèo."
            ),
        ),
        openings=(
            (
                "{Buoi}, đoàn công tác của Công đoàn cấp trên phối hợp với Công đoàn cơ sở "
                "{cty.full} đã đến thăm hỏi, động viên một số đoàn viên bị tai nạn lao động "
                "và mắc bệnh hiểm nghèo."
            ),
            (
                "Ngay khi nhận được thông tin, Công đoàn cơ sở {cty.full} đã báo cáo Công "
                "đoàn cấp trên và tổ chức đến thăm hỏi, trao tiền hỗ trợ các đoàn viên gặp "
                "nạn, ốm đau."
            ),
        ),
        paragraphs=(
            (
                "!{a.Anh} {a.name} ({a.tuoi} tuổi, quê {que}) bị thương ở tay trong lúc vận "
                "hành máy, phải phẫu thuật và nghỉ điều trị dài ngày. Công đoàn đã trao "
                "{tien} triệu đồng hỗ trợ, đồng thời đề nghị doanh nghiệp hoàn tất hồ sơ để "
                "{a.anh} được hưởng đầy đủ chế độ tai nạn lao động."
            ),
            (
                "“Nằm viện mấy hôm nay, anh em trong tổ thay nhau vào thăm, Công đoàn thì lo "
                "giấy tờ bảo hiểm giúp. Tôi chỉ mong sớm khỏe để trở lại làm việc”, {a.anh} "
                "{a.ten} chia sẻ."
            ),
            (
                "Trường hợp của {b.anh} {b.name} khó khăn hơn. Mắc bệnh suy thận phải chạy "
                "thận ba lần mỗi tuần, {b.anh} không thể tiếp tục làm việc trong khi hai con "
                "còn nhỏ. Công đoàn đã vận động đồng nghiệp quyên góp, đồng thời hỗ trợ gia "
                "đình làm thủ tục hưởng chế độ ốm đau dài ngày."
            ),
            (
                "Theo {c.ong} {c.name}, Chủ tịch Công đoàn cơ sở, Công đoàn duy trì quỹ “Tấm "
                "lòng vàng” do đoàn viên tự nguyện đóng góp mỗi tháng. Từ đầu năm, quỹ đã hỗ "
                "trợ {so} trường hợp ốm đau, tai nạn với số tiền hàng trăm triệu đồng."
            ),
            (
                "Qua vụ việc, Công đoàn đề nghị doanh nghiệp rà soát quy trình vận hành máy "
                "móc, tăng cường huấn luyện an toàn cho công nhân mới và bổ sung biển cảnh "
                "báo tại những vị trí nguy hiểm."
            ),
        ),
        endings=(
            (
                "Những chuyến thăm hỏi kịp thời không chỉ giúp đoàn viên vượt qua khó khăn "
                "trước mắt mà còn thêm tin tưởng, gắn bó với tổ chức Công đoàn."
            ),
        ),
        captions=(
            "Đại diện Công đoàn thăm hỏi, trao tiền hỗ trợ đoàn viên {cty.name}.",
            "Cán bộ công đoàn động viên đoàn viên đang điều trị tại bệnh viện.",
        ),
    ),
    Seed(
        key="sang-kien",
        count=3,
        tags=(
            "sáng kiến",
            "lao động sáng tạo",
            "công nhân giỏi",
            "thi đua",
            "công đoàn",
        ),
        nums={"sk": "20-70", "ty": "1.2-8.5", "cn": "30-90"},
        titles=(
            "Biểu dương {sk} sáng kiến làm lợi hơn {ty} tỷ đồng ở {place}",
            "Người thợ ở {cty.name} và những sáng kiến “gỡ khó” cho dây chuyền",
            "Tôn vinh {cn} công nhân giỏi, lao động sáng tạo khu vực {place}",
        ),
        leads=(
            (
                "{sk} sáng kiến, cải tiến kỹ thuật của công nhân khu vực {place} đã giúp "
                "doanh nghiệp tiết kiệm hơn {ty} tỷ đồng mỗi năm và được Công đoàn biểu "
                "dương, khen thưởng."
            ),
            (
                "Từ những chi tiết nhỏ trên dây chuyền, người lao động đã nghĩ ra cách làm "
                "mới giúp tăng năng suất, giảm hao phí và bảo đảm an toàn hơn."
            ),
        ),
        openings=(
            (
                "{Buoi}, Công đoàn tổ chức lễ biểu dương {cn} công nhân giỏi, người lao động "
                "có sáng kiến tiêu biểu năm {nam}. Đây là những gương mặt nổi bật trong "
                "phong trào thi đua lao động giỏi, lao động sáng tạo tại các doanh nghiệp ở "
                "{place}."
            ),
            (
                "Năm nay, Công đoàn khu vực {place} nhận được {sk} sáng kiến, cải tiến kỹ "
                "thuật của công nhân, tăng so với năm trước. Các sáng kiến đều được hội đồng "
                "chuyên môn thẩm định, đánh giá hiệu quả trước khi đề nghị khen thưởng."
            ),
        ),
        paragraphs=(
            (
                "!Một trong những gương mặt tiêu biểu là {a.anh} {a.name}, kỹ thuật viên "
                "{cty.full}. {a.Anh} đã cải tiến đồ gá trên dây chuyền sản xuất "
                "{cty.san_pham}, giúp giảm gần một nửa thời gian thao tác ở công đoạn khó "
                "nhất."
            ),
            (
                "“Ý tưởng đến từ những lần thấy anh chị em phải cúi người làm đi làm lại một "
                "động tác. Tôi mày mò làm thử, hỏng mấy lần mới được. Công ty và Công đoàn "
                "ủng hộ nên tôi có thêm động lực”, {a.anh} {a.ten} chia sẻ."
            ),
            (
                "Nhiều sáng kiến tập trung vào tiết kiệm điện năng, giảm phế phẩm và cải "
                "thiện điều kiện làm việc. Có sáng kiến tuy nhỏ như thay đổi cách bố trí "
                "khay đựng linh kiện nhưng giúp công nhân đỡ mệt mỏi đáng kể sau mỗi ca."
            ),
            (
                "{b.Ong} {b.name}, đại diện Ban Giám đốc {cty2.full} cho biết, doanh nghiệp "
                "trích một phần giá trị làm lợi để thưởng cho tác giả sáng kiến. “Khi người "
                "lao động thấy ý tưởng của mình được lắng nghe và được thưởng xứng đáng, họ "
                "sẽ gắn bó và sáng tạo hơn”, {b.ong} {b.ten} nói."
            ),
            (
                "Các sáng kiến xuất sắc sẽ được Công đoàn đề nghị LĐLĐ thành phố Hà Nội xét "
                "tặng Bằng Lao động sáng tạo và giới thiệu trong cuốn sách về gương công "
                "nhân tiêu biểu của Thủ đô."
            ),
        ),
        captions=(
            "Công nhân {cty.name} vận hành dây chuyền đã được cải tiến.",
            "Biểu dương công nhân giỏi, lao động sáng tạo ở {place}.",
        ),
    ),
    Seed(
        key="nu-cong",
        count=3,
        tags=(
            "nữ công",
            "lao động nữ",
            "bình đẳng giới",
            "công đoàn",
            "gia đình",
        ),
        nums={"nu_cn": "150-400/10"},
        titles=(
            "Nữ công nhân {cty.name} được trang bị kiến thức chăm sóc sức khỏe sinh sản",
            "Ban Nữ công ở {cty.name}: làm nhiều việc nhỏ mà ý nghĩa",
            ("Hội thi “Nữ công nhân khéo tay, đảm việc nhà” ở {cty.area} thu hút đông đảo chị em"),
        ),
        leads=(
            (
                "Hơn {nu_cn} nữ đoàn viên {cty.full} đã tham gia buổi sinh hoạt chuyên đề về "
                "chăm sóc sức khỏe sinh sản và xây dựng gia đình hạnh phúc do Ban Nữ công "
                "Công đoàn tổ chức."
            ),
            (
                "Từ phòng vắt, trữ sữa cho lao động nữ nuôi con nhỏ đến hội thi nấu ăn, cắm "
                "hoa, Ban Nữ công Công đoàn cơ sở đang tạo nên nhiều thay đổi trong đời sống "
                "của chị em công nhân."
            ),
        ),
        openings=(
            (
                "{Buoi}, Ban Nữ công Công đoàn cơ sở {cty.full} tổ chức chương trình sinh "
                "hoạt chuyên đề kết hợp hội thi “Nữ công nhân khéo tay, đảm việc nhà” cho "
                "hơn {nu_cn} nữ đoàn viên, người lao động."
            ),
            (
                "Ở {cty.full}, lao động nữ chiếm phần lớn lực lượng sản xuất. Vì vậy, Ban Nữ "
                "công của Công đoàn cơ sở được ví như “người chị cả” của hàng trăm nữ công "
                "nhân."
            ),
        ),
        paragraphs=(
            (
                "Tại chương trình, bác sĩ chuyên khoa sản đã chia sẻ kiến thức về chăm sóc "
                "sức khỏe sinh sản, phòng ngừa các bệnh phụ khoa thường gặp và cách chăm sóc "
                "bản thân khi làm ca đêm. Nhiều câu hỏi của chị em được giải đáp cụ thể, dễ "
                "hiểu."
            ),
            (
                "Theo {nu.anh} {nu.name}, Trưởng ban Nữ công Công đoàn cơ sở, Công ty đã bố "
                "trí phòng vắt, trữ sữa cho lao động nữ nuôi con nhỏ. Căn phòng tuy nhỏ "
                "nhưng sạch sẽ, có tủ lạnh, ghế ngồi, giúp các bà mẹ trẻ yên tâm tiếp tục "
                "cho con bú sữa mẹ sau khi đi làm trở lại."
            ),
            (
                "Phần thi “Nữ công nhân khéo tay” với các nội dung cắm hoa, trình bày mâm "
                "cơm gia đình diễn ra vui vẻ. Các đội đã mang đến những mâm cơm đẹp mắt, đủ "
                "chất với chi phí chỉ vài trăm nghìn đồng."
            ),
            (
                "{nu2.Anh} {nu2.name}, công nhân tổ kiểm hàng, chia sẻ: “Làm ca xong về nhà "
                "lại lo cơm nước, con cái nên ít khi chị em có dịp ngồi với nhau thế này. "
                "Những buổi sinh hoạt như hôm nay vừa bổ ích vừa giúp mọi người gần gũi "
                "hơn”."
            ),
            (
                "Thời gian tới, Ban Nữ công sẽ phối hợp với doanh nghiệp khảo sát nhu cầu "
                "gửi trẻ của lao động nữ, đề xuất hỗ trợ tiền gửi trẻ và tổ chức khám sàng "
                "lọc ung thư vú, ung thư cổ tử cung miễn phí cho chị em."
            ),
        ),
        captions=(
            "Nữ đoàn viên {cty.name} tham gia sinh hoạt chuyên đề.",
            "Phần thi trình bày mâm cơm gia đình của nữ công nhân.",
        ),
    ),
    Seed(
        key="bua-com",
        count=3,
        tags=(
            "Bữa cơm Công đoàn",
            "phiên chợ Công đoàn",
            "công nhân",
            "chăm lo đời sống",
            "công đoàn",
        ),
        nums={"cn": "200-600/10", "gian": "20-45", "giam": "10-30"},
        titles=(
            "“Bữa cơm Công đoàn” ấm áp cho công nhân {cty.name}",
            "Phiên chợ Công đoàn ở {cty.area}: công nhân mua hàng giảm giá đến {giam}%",
            "Ấm lòng bữa cơm, phiên chợ Công đoàn tại {cty.name}",
        ),
        leads=(
            (
                "Bữa cơm ca được nâng chất lượng, có lãnh đạo Công đoàn, doanh nghiệp cùng "
                "ngồi ăn và trò chuyện đã mang lại niềm vui cho {cn} công nhân {cty.full}."
            ),
            (
                "{gian} gian hàng với nhiều mặt hàng thiết yếu được giảm giá đến {giam}% đã "
                "phục vụ công nhân tại phiên chợ Công đoàn tổ chức ở {cty.area}."
            ),
        ),
        openings=(
            (
                "{Buoi}, tại nhà ăn của {cty.full}, Công đoàn cấp trên phối hợp với Công "
                "đoàn cơ sở tổ chức chương trình “Bữa cơm Công đoàn” cho {cn} công nhân, "
                "người lao động, kết hợp phiên chợ giảm giá ngay tại doanh nghiệp."
            ),
            (
                "{Buoi}, phiên chợ Công đoàn được tổ chức tại khu vực cổng {cty.full} "
                "{cty.noi}, thu hút đông đảo công nhân đến mua sắm sau giờ tan ca. Cùng "
                "ngày, Công đoàn tổ chức “Bữa cơm Công đoàn” cho công nhân làm ca."
            ),
        ),
        paragraphs=(
            (
                "Mỗi suất ăn có giá trị gấp đôi suất ăn ca thông thường, với thịt, cá, rau "
                "xanh, canh và hoa quả tráng miệng. Lãnh đạo Công đoàn và doanh nghiệp cùng "
                "ngồi ăn với công nhân, hỏi han về công việc, đời sống và bữa ăn hằng ngày."
            ),
            (
                "Tại phiên chợ có {gian} gian hàng bán nhu yếu phẩm như gạo, dầu ăn, nước "
                "mắm, quần áo với giá giảm từ 10 đến {giam}%. Công nhân còn được phát phiếu "
                "mua hàng trị giá 100.000 đồng và tham gia các trò chơi dân gian có thưởng."
            ),
            (
                "{a.Anh} {a.name}, công nhân {cty.full}, vui vẻ nói: “Mua được mấy thứ cần "
                "thiết với giá rẻ, lại có phiếu quà tặng nên tiết kiệm được khá nhiều. Tan "
                "ca ghé qua là tiện, không phải đi xa”."
            ),
            (
                "Theo {b.ong} {b.name}, Chủ tịch Công đoàn cơ sở, qua bữa cơm, Công đoàn ghi "
                "nhận nhiều góp ý của công nhân về thực đơn, cách chế biến. Những ý kiến này "
                "sẽ được chuyển tới đơn vị cung cấp suất ăn để điều chỉnh."
            ),
            (
                "“Bữa cơm Công đoàn” và phiên chợ Công đoàn là hai hoạt động được tổ chức "
                "thường xuyên nhằm giám sát chất lượng bữa ăn ca và hỗ trợ công nhân giảm "
                "chi phí sinh hoạt."
            ),
        ),
        captions=(
            "Lãnh đạo Công đoàn cùng ăn cơm ca với công nhân {cty.name}.",
            "Công nhân mua hàng tại phiên chợ Công đoàn ở {cty.area}.",
        ),
    ),
)
