"""Demo stories for Công đoàn › Hoạt động. Fields: see articles/demo/compose.py (story_context)."""

from __future__ import annotations

from ..compose import Seed

SECTION = "hoat-dong"

# Closing paragraphs any story of the section may end with.
ENDINGS = (
    (
        "Chương trình là một trong nhiều hoạt động thiết thực của tổ chức Công đoàn nhằm "
        "chăm lo đời sống vật chất, tinh thần cho đoàn viên, người lao động, qua đó tạo sự "
        "gắn bó của người lao động với doanh nghiệp và với tổ chức Công đoàn."
    ),
    (
        "Phát biểu tại chương trình, {e.ong} {e.name}, Phó Chủ tịch LĐLĐ thành phố Hà Nội "
        "ghi nhận cách làm sáng tạo của Công đoàn cơ sở, đề nghị tiếp tục duy trì, nhân rộng "
        "để ngày càng nhiều đoàn viên được thụ hưởng."
    ),
    (
        "Theo kế hoạch, từ nay đến cuối năm, Công đoàn sẽ tiếp tục phối hợp với doanh nghiệp "
        "tổ chức nhiều hoạt động chăm lo thiết thực, ưu tiên đoàn viên có hoàn cảnh khó khăn "
        "và công nhân lao động ngoại tỉnh."
    ),
    (
        "Nhân dịp này, Công đoàn phát động đoàn viên, người lao động tích cực tham gia các "
        "phong trào thi đua lao động giỏi, lao động sáng tạo, bảo đảm an toàn, vệ sinh lao "
        "động tại nơi làm việc."
    ),
)

SEEDS = (
    Seed(
        key="mai-am",
        count=3,
        tags=(
            "Mái ấm Công đoàn",
            "công đoàn",
            "đoàn viên",
            "chăm lo đời sống",
            "hoàn cảnh khó khăn",
        ),
        nums={"tr": "50-80/10", "tong": "150-350/10"},
        titles=(
            "Trao “Mái ấm Công đoàn” cho nữ đoàn viên {cty.name}",
            "Niềm vui nhà mới của nữ công nhân quê {que}",
            "{cty.area}: Thêm một “Mái ấm Công đoàn” được bàn giao",
        ),
        leads=(
            (
                "{nu.Anh} {nu.name}, công nhân {cty.full}, vừa được Công đoàn hỗ trợ {tr} "
                "triệu đồng để xây nhà từ chương trình “Mái ấm Công đoàn”."
            ),
            (
                "Ngôi nhà mới khang trang, xây dựng với sự hỗ trợ {tr} triệu đồng từ chương "
                "trình “Mái ấm Công đoàn”, là mơ ước nhiều năm của gia đình {nu.anh} "
                "{nu.name}, quê {que}."
            ),
        ),
        openings=(
            (
                "{Buoi}, Công đoàn cấp trên phối hợp với Công đoàn cơ sở {cty.full} tổ chức "
                "trao biển gắn công trình “Mái ấm Công đoàn” cho gia đình {nu.anh} "
                "{nu.name}, công nhân của Công ty, quê {que}."
            ),
            (
                "Sau gần ba tháng xây dựng, ngôi nhà cấp bốn rộng khoảng 60m² của gia đình "
                "{nu.anh} {nu.name}, công nhân {cty.full}, đã hoàn thành. {Buoi}, Công đoàn "
                "tổ chức trao biển gắn công trình “Mái ấm Công đoàn” cho gia đình."
            ),
        ),
        paragraphs=(
            (
                "!{nu.Anh} {nu.ten} năm nay {nu.tuoi} tuổi, đã gắn bó với Công ty nhiều năm. "
                "Chồng {nu.anh} bị bệnh phải nghỉ làm, một mình {nu.anh} nuôi hai con nhỏ. "
                "Ngôi nhà cũ xuống cấp, mỗi khi trời mưa to là dột khắp nơi."
            ),
            (
                "Biết hoàn cảnh của {nu.anh} {nu.ten}, Công đoàn cơ sở đã đề xuất Công đoàn "
                "cấp trên hỗ trợ {tr} triệu đồng. Doanh nghiệp hỗ trợ thêm một khoản, các "
                "đồng nghiệp góp ngày công, vật liệu để ngôi nhà sớm hoàn thành."
            ),
            (
                "“Cả đời tôi không dám nghĩ sẽ có ngôi nhà như thế này. Tôi biết ơn Công "
                "đoàn, Công ty và anh chị em trong xưởng đã giúp đỡ”, {nu.anh} {nu.ten} xúc "
                "động nói trong ngày nhận nhà."
            ),
            (
                "Theo {a.ong} {a.name}, Chủ tịch Công đoàn cơ sở {cty.full}, từ khi triển "
                "khai chương trình, Công đoàn đã hỗ trợ xây mới, sửa chữa nhiều “Mái ấm Công "
                "đoàn” cho đoàn viên. Mỗi trường hợp đều được bình xét công khai, đúng đối "
                "tượng."
            ),
            (
                "“Mái ấm Công đoàn” là chương trình thường xuyên của Công đoàn Thủ đô. Năm "
                "nay, LĐLĐ thành phố Hà Nội dự kiến hỗ trợ xây mới, sửa chữa khoảng {tong} "
                "ngôi nhà cho đoàn viên có hoàn cảnh khó khăn về nhà ở."
            ),
        ),
        captions=(
            "Trao biển gắn công trình “Mái ấm Công đoàn” cho gia đình {nu.anh} {nu.name}.",
            "Ngôi nhà mới của gia đình nữ đoàn viên {cty.name}.",
        ),
    ),
    Seed(
        key="kham-suc-khoe",
        count=3,
        tags=(
            "khám sức khỏe",
            "công nhân",
            "công đoàn",
            "y tế",
            "lao động nữ",
        ),
        nums={"cn": "300-900/10", "bs": "20-45", "kp": "60-180/5"},
        titles=(
            "Khám sức khỏe miễn phí cho {cn} công nhân ở {cty.area}",
            "{cty.full}: nữ công nhân được khám chuyên khoa miễn phí",
            "Đưa bác sĩ đến tận xưởng, chăm sóc sức khỏe cho công nhân {cty.name}",
        ),
        leads=(
            (
                "{cn} công nhân, người lao động của {cty.full} và các doanh nghiệp lân cận "
                "đã được khám sức khỏe, tư vấn và cấp thuốc miễn phí ngay tại nơi làm việc."
            ),
            (
                "Không phải xin nghỉ, không phải xếp hàng ở bệnh viện, công nhân {cty.name} "
                "được các bác sĩ khám, tư vấn sức khỏe ngay trong giờ nghỉ giữa ca."
            ),
        ),
        openings=(
            (
                "{Buoi}, Công đoàn cơ sở {cty.full} phối hợp với {bv.name} tổ chức chương "
                "trình khám sức khỏe miễn phí cho {cn} đoàn viên, người lao động."
            ),
            (
                "Từ sáng sớm, khu nhà ăn của {cty.full} {cty.noi} đã được bố trí thành các "
                "phòng khám tạm. {bs} y, bác sĩ của {bv.name} có mặt để khám cho công nhân "
                "theo từng ca."
            ),
        ),
        paragraphs=(
            (
                "Người lao động được đo huyết áp, xét nghiệm đường máu, siêu âm và khám các "
                "chuyên khoa nội, mắt, răng hàm mặt. Lao động nữ được khám phụ khoa và tư "
                "vấn về sức khỏe sinh sản."
            ),
            (
                "{nu.Anh} {nu.name}, công nhân tổ đóng gói, cho biết đã lâu {nu.anh} không "
                "đi khám vì bận việc và ngại tốn kém. “Hôm nay bác sĩ phát hiện tôi bị thiếu "
                "máu nhẹ, được tư vấn chế độ ăn và cấp thuốc. Có chương trình thế này, chị "
                "em chúng tôi yên tâm lắm”, {nu.anh} {nu.ten} nói."
            ),
            (
                "Theo {a.ong} {a.name}, Chủ tịch Công đoàn cơ sở, qua các đợt khám trước, "
                "nhiều trường hợp bệnh được phát hiện sớm, kịp thời điều trị. Công đoàn đã "
                "đề nghị doanh nghiệp duy trì chương trình hằng năm và bổ sung gói khám cho "
                "lao động trên 40 tuổi."
            ),
            (
                "Bác sĩ {b.name}, {bv.name}, khuyến cáo: công nhân thường xuyên đứng, ngồi "
                "lâu, làm ca đêm dễ mắc các bệnh về cột sống, dạ dày và rối loạn giấc ngủ. "
                "Người lao động nên vận động nhẹ giữa ca, ăn uống điều độ và khám sức khỏe "
                "định kỳ."
            ),
            (
                "Tổng kinh phí của chương trình gần {kp} triệu đồng, do Công đoàn cơ sở và "
                "doanh nghiệp cùng đóng góp. Ngoài khám bệnh, mỗi người lao động còn được "
                "tặng một phần quà gồm sữa và thuốc bổ."
            ),
        ),
        captions=(
            "Bác sĩ {bv.name} khám sức khỏe cho công nhân {cty.name}.",
            "Nữ công nhân được tư vấn về sức khỏe sinh sản.",
        ),
    ),
    Seed(
        key="tho-gioi",
        count=3,
        tags=(
            "thi thợ giỏi",
            "tay nghề",
            "công nhân",
            "công đoàn",
            "lao động sáng tạo",
        ),
        nums={"ts": "40-120", "dv": "12-30", "giai": "3-10", "sinh": "2001-2005"},
        titles=(
            "Hội thi thợ giỏi khu vực {place}: {ts} công nhân so tài",
            "Công nhân trẻ {cty.name} giành giải Nhất hội thi tay nghề",
            "Hội thi thợ giỏi ở {place}: sân chơi để công nhân khẳng định tay nghề",
        ),
        leads=(
            (
                "{ts} thí sinh đến từ {dv} doanh nghiệp đã tranh tài ở các nội dung hàn, "
                "tiện, điện công nghiệp và may công nghiệp tại hội thi thợ giỏi do Công đoàn "
                "tổ chức."
            ),
            (
                "Không chỉ là cuộc thi tay nghề, hội thi thợ giỏi năm nay còn là dịp để công "
                "nhân trẻ học hỏi, giao lưu và được doanh nghiệp ghi nhận."
            ),
        ),
        openings=(
            (
                "{Buoi}, Công đoàn cấp trên trực tiếp khu vực {place} tổ chức hội thi thợ "
                "giỏi năm {nam} với sự tham gia của {ts} thí sinh đến từ {dv} doanh nghiệp "
                "trên địa bàn."
            ),
            (
                "Tiếng máy hàn, máy tiện vang lên liên tục tại xưởng thực hành của một "
                "trường cao đẳng nghề ở {place} suốt {buoi}, nơi diễn ra hội thi thợ giỏi "
                "năm {nam} do Công đoàn tổ chức."
            ),
        ),
        paragraphs=(
            (
                "Các thí sinh phải vượt qua hai phần thi: lý thuyết về quy trình kỹ thuật, "
                "an toàn lao động và phần thực hành hoàn thiện sản phẩm trong thời gian quy "
                "định. Ban giám khảo là các kỹ sư, giảng viên giàu kinh nghiệm."
            ),
            (
                "Thí sinh trẻ nhất năm nay là {a.anh} {a.name}, sinh năm {sinh}, công nhân "
                "{cty.full}. {a.Anh} cho biết đã ôn luyện nhiều tuần sau giờ làm, được tổ "
                "trưởng và các thợ bậc cao hướng dẫn tận tình."
            ),
            (
                "Sau một ngày thi, Ban tổ chức đã trao giải Nhất, Nhì, Ba và Khuyến khích ở "
                "từng nội dung. Thí sinh đạt giải Nhất được thưởng {giai} triệu đồng, được "
                "đề nghị nâng bậc thợ và xét tặng danh hiệu “Công nhân giỏi Thủ đô”."
            ),
            (
                "Theo {b.ong} {b.name}, Trưởng ban Tổ chức hội thi, nhiều doanh nghiệp đã "
                "dùng kết quả hội thi làm căn cứ nâng lương, bổ nhiệm tổ trưởng. Vì vậy, số "
                "đơn vị đăng ký tham gia tăng so với các năm trước."
            ),
            (
                "Đại diện {cty2.full} cho biết doanh nghiệp luôn khuyến khích công nhân dự "
                "thi: thí sinh được nghỉ hưởng lương để ôn luyện, có thưởng khi đạt giải. "
                "“Thợ giỏi là tài sản quý nhất của doanh nghiệp”, vị đại diện nói."
            ),
        ),
        captions=(
            "Thí sinh thi phần thực hành tại hội thi thợ giỏi ở {place}.",
            "Ban tổ chức trao giải cho các thí sinh xuất sắc.",
        ),
    ),
    Seed(
        key="hoc-bong",
        count=3,
        tags=(
            "học bổng",
            "con đoàn viên",
            "khuyến học",
            "công đoàn",
        ),
        nums={"suat": "50-200/10", "tien": "1-3", "lop": "6-12"},
        titles=(
            "Trao {suat} suất học bổng cho con đoàn viên vượt khó, học giỏi ở {place}",
            "Học bổng Công đoàn tiếp sức con công nhân {cty.name} đến trường",
            "Chắp cánh ước mơ cho con em người lao động khu vực {place}",
        ),
        leads=(
            (
                "{suat} học sinh là con đoàn viên có hoàn cảnh khó khăn, đạt thành tích cao "
                "trong học tập đã được nhận học bổng, mỗi suất trị giá {tien} triệu đồng."
            ),
            (
                "Những suất học bổng tuy không lớn nhưng là nguồn động viên kịp thời với con "
                "em công nhân đang nỗ lực vượt khó ở {place}."
            ),
        ),
        openings=(
            (
                "{Buoi}, Công đoàn cấp trên trực tiếp khu vực {place} tổ chức lễ trao học "
                "bổng cho {suat} học sinh là con đoàn viên, người lao động có hoàn cảnh khó "
                "khăn, học giỏi. Mỗi suất học bổng trị giá {tien} triệu đồng."
            ),
            (
                "Hội trường nhỏ của Công đoàn ở {place} {buoi} rộn ràng tiếng cười của các "
                "em học sinh cùng bố mẹ đến nhận học bổng. Đây là năm thứ năm liên tiếp "
                "chương trình được tổ chức."
            ),
        ),
        paragraphs=(
            (
                "Các em nhận học bổng đều là học sinh khá, giỏi, nhiều em đạt giải trong các "
                "kỳ thi học sinh giỏi cấp thành phố. Phần lớn có bố hoặc mẹ là công nhân; có "
                "em mồ côi hoặc có bố mẹ mắc bệnh hiểm nghèo."
            ),
            (
                "Em {d.name}, học sinh lớp {lop}, chia sẻ: “Mẹ em làm ca suốt, nhiều hôm về "
                "muộn. Em cố gắng học thật tốt để mẹ vui. Tiền học bổng em sẽ dùng để mua "
                "sách và học thêm tiếng Anh”."
            ),
            (
                "{a.Ong} {a.name}, Chủ tịch Công đoàn cấp trên trực tiếp cơ sở cho biết, quỹ "
                "học bổng được hình thành từ đóng góp của các Công đoàn cơ sở, doanh nghiệp "
                "và nhà hảo tâm. Việc xét chọn được thực hiện công khai, từ đề xuất của Công "
                "đoàn cơ sở."
            ),
            (
                "Nhiều phụ huynh xúc động khi cùng con lên nhận học bổng. {nu.Anh} "
                "{nu.name}, công nhân {cty.full}, nói: “Đồng lương công nhân nuôi hai con ăn "
                "học không dễ. Suất học bổng này là động viên lớn với cả mẹ và con”."
            ),
            (
                "Dịp này, Ban tổ chức cũng tặng các em sách vở, đồ dùng học tập và tổ chức "
                "buổi nói chuyện về kỹ năng học tập, phòng tránh đuối nước, an toàn khi tham "
                "gia giao thông."
            ),
        ),
        captions=(
            "Trao học bổng cho con đoàn viên có thành tích học tập tốt ở {place}.",
            "Các em học sinh nhận học bổng cùng bố mẹ.",
        ),
    ),
)
