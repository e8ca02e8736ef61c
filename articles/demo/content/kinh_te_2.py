"""Demo stories for Kinh tế. Fields: see articles/demo/compose.py (story_context)."""

from __future__ import annotations

from ..compose import Seed

SECTION = "kinh-te"

SEEDS = (
    Seed(
        key="ocop",
        count=3,
        tags=(
            "OCOP",
            "nông sản",
            "làng nghề",
            "kinh tế nông thôn",
        ),
        nums={"sp": "15-60", "sao": "3-4"},
        titles=(
            "{lang.area} có thêm {sp} sản phẩm đạt chuẩn OCOP",
            "Sản phẩm OCOP của {lang.area} vào siêu thị, lên sàn thương mại điện tử",
            "Từ {lang.name} đến sản phẩm OCOP {sao} sao",
        ),
        leads=(
            (
                "{sp} sản phẩm của các hợp tác xã, hộ kinh doanh ở {lang.area} vừa được công "
                "nhận đạt chuẩn OCOP từ 3 sao trở lên, mở ra cơ hội đưa hàng vào các kênh "
                "phân phối lớn."
            ),
            (
                "Từ sản phẩm làng nghề, nông sản quen thuộc, nhiều chủ thể ở {lang.area} đã "
                "đầu tư bao bì, truy xuất nguồn gốc để sản phẩm đạt chuẩn OCOP, bán được giá "
                "hơn."
            ),
        ),
        openings=(
            (
                "Theo kết quả đánh giá, phân hạng mới nhất, {lang.area} có thêm {sp} sản "
                "phẩm đạt chuẩn OCOP, trong đó nhiều sản phẩm đạt {sao} sao. Các sản phẩm "
                "tập trung vào nhóm thực phẩm, thủ công mỹ nghệ và quà lưu niệm."
            ),
            (
                "Trong xưởng nhỏ ở {lang.name}, {a.ong} {a.name} đang cùng thợ hoàn thiện lô "
                "hàng mới. Sản phẩm của gia đình {a.ong} vừa được công nhận đạt chuẩn OCOP "
                "{sao} sao."
            ),
        ),
        paragraphs=(
            (
                "Để đạt chuẩn, các chủ thể phải hoàn thiện hồ sơ về nguồn gốc nguyên liệu, "
                "quy trình sản xuất, tiêu chuẩn chất lượng, đồng thời đầu tư bao bì, nhãn "
                "mác và mã truy xuất nguồn gốc."
            ),
            (
                "“Làm OCOP không chỉ để có ngôi sao. Quan trọng là mình phải làm bài bản "
                "hơn, ghi chép đầy đủ, chăm chút từng chi tiết. Khách hàng nhìn vào là tin”, "
                "{a.ong} {a.name}, chủ một cơ sở sản xuất ở {lang.name}, chia sẻ."
            ),
            (
                "Sau khi được công nhận, nhiều sản phẩm đã vào được hệ thống siêu thị, cửa "
                "hàng tiện lợi và bán trên các sàn thương mại điện tử. Một số cơ sở cho biết "
                "doanh thu tăng đáng kể nhờ đơn hàng trực tuyến."
            ),
            (
                "Tuy vậy, phần lớn chủ thể OCOP vẫn là hộ sản xuất nhỏ, thiếu vốn và kỹ năng "
                "bán hàng trực tuyến. Chính quyền địa phương đang phối hợp tổ chức các lớp "
                "tập huấn bán hàng qua mạng, kết nối với các nhà phân phối."
            ),
            (
                "Theo {b.ong} {b.name}, cán bộ phụ trách chương trình OCOP của địa phương, "
                "thời gian tới sẽ ưu tiên hỗ trợ các sản phẩm gắn với làng nghề truyền "
                "thống, có câu chuyện văn hóa để phục vụ du lịch."
            ),
        ),
        captions=(
            "Sản phẩm OCOP của {lang.area} được giới thiệu tại hội chợ.",
            "Người thợ ở {lang.name} hoàn thiện sản phẩm.",
        ),
    ),
    Seed(
        key="thi-truong",
        count=3,
        tags=(
            "thị trường",
            "giá cả",
            "thực phẩm",
            "an toàn thực phẩm",
        ),
        nums={"thit": "110-160", "rau": "15-25", "pct": "6-12"},
        picks={"xu": "tăng nhẹ|ổn định|giảm nhẹ"},
        titles=(
            "Giá thực phẩm ở các chợ Hà Nội {xu}",
            "Khảo sát giá ở {cho.name}: thịt lợn, rau xanh {xu}",
            "Siêu thị tăng hàng bình ổn giá, người tiêu dùng yên tâm",
        ),
        leads=(
            (
                "Khảo sát tại một số chợ và siêu thị trên địa bàn Hà Nội cho thấy giá thực "
                "phẩm nhìn chung {xu}; thịt lợn dao động quanh {thit}.000 đồng/kg, rau xanh "
                "từ 10.000 đến {rau}.000 đồng/bó."
            ),
            (
                "Nguồn cung dồi dào, các hệ thống phân phối chủ động dự trữ hàng hóa khiến "
                "giá thực phẩm tại Hà Nội {xu}, người tiêu dùng không phải lo tình trạng "
                "khan hàng."
            ),
        ),
        openings=(
            (
                "Có mặt tại {cho.name} ({cho.area}) sáng {hom_nay}, phóng viên ghi nhận "
                "lượng hàng hóa dồi dào. Thịt lợn được bán quanh mức {thit}.000 đồng/kg, các "
                "loại rau xanh từ 10.000 đến {rau}.000 đồng/bó."
            ),
            (
                "Theo Sở Công Thương Hà Nội, giá các mặt hàng thiết yếu trên địa bàn thành "
                "phố tuần qua {xu}. Nguồn cung từ các tỉnh lân cận và vùng sản xuất ngoại "
                "thành bảo đảm đáp ứng nhu cầu."
            ),
        ),
        paragraphs=(
            (
                "{nu.Anh} {nu.name}, tiểu thương bán thịt ở chợ, cho biết: “Giá lợn hơi mấy "
                "hôm nay ít biến động nên giá bán lẻ cũng gần như giữ nguyên. Khách mua vẫn "
                "đều, chủ yếu là các gia đình đi chợ hằng ngày”."
            ),
            (
                "Tại các siêu thị, nhiều mặt hàng thiết yếu như gạo, dầu ăn, trứng, thịt "
                "được bán theo chương trình bình ổn, giá thấp hơn thị trường từ 5 đến "
                "{pct}%. Các đơn vị cho biết đã ký hợp đồng dài hạn với nhà cung cấp để giữ "
                "giá."
            ),
            (
                "{nu2.Anh} {nu2.name}, công nhân ở {place}, chia sẻ: “Lương công nhân phải "
                "tính từng đồng. Tôi hay đi siêu thị buổi tối vì có hàng giảm giá, mua đủ "
                "thức ăn cho cả tuần”."
            ),
            (
                "Cùng với theo dõi giá cả, lực lượng quản lý thị trường tăng cường kiểm tra "
                "nguồn gốc hàng hóa, đặc biệt là thực phẩm tươi sống, để ngăn chặn hàng kém "
                "chất lượng, không rõ nguồn gốc tuồn vào chợ."
            ),
        ),
        captions=(
            "Người dân mua thực phẩm tại {cho.name}.",
            "Hàng bình ổn giá được bày bán tại siêu thị.",
        ),
    ),
    Seed(
        key="von-vay",
        count=3,
        tags=(
            "vốn vay ưu đãi",
            "Ngân hàng Chính sách xã hội",
            "nhà ở xã hội",
            "việc làm",
        ),
        nums={"ty": "40-180/5", "ho": "300-1200/10", "ls": "5.4-6.6"},
        titles=(
            "Hơn {ho} lượt hộ ở {place} được vay vốn ưu đãi",
            "Vốn ưu đãi giúp công nhân ở {place} hiện thực hóa giấc mơ mua nhà",
            "Dòng vốn chính sách tiếp sức người lao động ở {place} lập nghiệp",
        ),
        leads=(
            (
                "Từ đầu năm đến nay, Ngân hàng Chính sách xã hội đã giải ngân khoảng {ty} tỷ "
                "đồng cho hơn {ho} lượt hộ ở {place} vay vốn tạo việc làm, mua và thuê mua "
                "nhà ở xã hội."
            ),
            (
                "Với lãi suất ưu đãi và thủ tục đơn giản, nguồn vốn chính sách đang giúp "
                "nhiều người lao động ở {place} có việc làm ổn định, có nhà để ở."
            ),
        ),
        openings=(
            (
                "Theo số liệu của Ngân hàng Chính sách xã hội, từ đầu năm đến nay, dư nợ các "
                "chương trình tín dụng chính sách trên địa bàn {place} tăng khoảng {ty} tỷ "
                "đồng, với hơn {ho} lượt hộ được vay vốn."
            ),
            (
                "Căn hộ nhỏ ở một dự án nhà ở xã hội tại {place} là thành quả sau nhiều năm "
                "tích góp của vợ chồng {a.anh} {a.name}, đều là công nhân. Phần còn thiếu, "
                "gia đình vay ưu đãi từ Ngân hàng Chính sách xã hội."
            ),
        ),
        paragraphs=(
            (
                "Với chương trình cho vay mua, thuê mua nhà ở xã hội, người vay được hưởng "
                "lãi suất khoảng {ls}%/năm, thời hạn vay dài. Đây là mức lãi suất thấp hơn "
                "đáng kể so với các khoản vay mua nhà thông thường."
            ),
            (
                "“Nếu vay ngân hàng thương mại, mỗi tháng trả lãi gần hết lương của một "
                "người. Vay ưu đãi thì áp lực nhẹ hơn nhiều, vợ chồng tôi tính toán được”, "
                "{a.anh} {a.name}, công nhân ở {place}, chia sẻ."
            ),
            (
                "Chương trình cho vay hỗ trợ tạo việc làm cũng giúp nhiều hộ mở xưởng nhỏ, "
                "chăn nuôi, kinh doanh dịch vụ. {b.Ong} {b.name} vay vốn để mở xưởng may gia "
                "công, tạo việc làm cho gần chục lao động địa phương."
            ),
            (
                "Để vốn đến đúng người, ngân hàng phối hợp với các tổ chức chính trị - xã "
                "hội, trong đó có Công đoàn, bình xét, giới thiệu người vay và đôn đốc trả "
                "nợ. Tỷ lệ nợ quá hạn được duy trì ở mức thấp."
            ),
            (
                "Theo đại diện ngân hàng, nhu cầu vay vốn mua nhà ở xã hội của công nhân còn "
                "lớn, trong khi số dự án đủ điều kiện còn ít. Ngân hàng kiến nghị đẩy nhanh "
                "tiến độ các dự án để người lao động sớm tiếp cận."
            ),
        ),
        captions=(
            "Người dân giao dịch tại điểm giao dịch của Ngân hàng Chính sách xã hội ở {place}.",
            "Một dự án nhà ở xã hội dành cho công nhân, người lao động.",
        ),
    ),
)
